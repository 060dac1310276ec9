package id.terbuka.testsupport;

import java.util.List;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * A caller in a {@code @WebMvcTest} role × tenant matrix: a token's tenant, roles and unit, or no token at all. Its
 * description names the parameterised case; the subject differs per caller, so "not your own" rules can be tested.
 */
public record TestCaller(String description, String subject, String tenant, List<String> roles, String unit) {

    public static final TestCaller ANONYMOUS = new TestCaller("anonymous", null, null, null, null);

    public static TestCaller of(String tenant, String role) {
        return of(tenant, role, null);
    }

    /** A caller with one role, bound to {@code unit} when it is not null. */
    public static TestCaller of(String tenant, String role, String unit) {
        String description = role + "@" + tenant + (unit == null ? "" : "/" + unit);
        return new TestCaller(description, "user-" + description, tenant, List.of(role), unit);
    }

    /** The bearer token of this caller (spring-security-test's {@code jwt()}), or nothing for an anonymous one. */
    public RequestPostProcessor token() {
        return request -> roles == null ? request : jwt().jwt(j -> {
            j.subject(subject).claim("tenant", tenant).claim("roles", roles);
            if (unit != null) {
                j.claim("unit", unit);
            }
        }).postProcessRequest(request);
    }

    @Override
    public String toString() {
        return description;
    }
}
