package id.terbuka.identity.account;

import id.terbuka.identity.apiclient.ApiClientFixtures;
import id.terbuka.identity.apiclient.ApiClientService;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.identity.tenant.TenantFixtures;
import id.terbuka.identity.tenant.TenantService;
import id.terbuka.identity.token.FirstPartyTokens;
import id.terbuka.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call which identity endpoint: every endpoint × a caller of each kind, on the real security configuration
 * of the platform (services mocked: the rules of the services have their own tests).
 */
@WebMvcTest(controllers = {StaffController.class, CitizenController.class,
        id.terbuka.identity.apiclient.ApiClientController.class, id.terbuka.identity.audit.AuditLogController.class,
        id.terbuka.identity.tenant.TenantController.class, id.terbuka.identity.token.AuthController.class})
class IdentityAccessMatrixTest {

    static final String TENANT = "kutai-timur";
    static final String STAFF_ID = "staff-1";
    static final String CITIZEN_ID = "citizen-1";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TenantService tenants;
    @MockitoBean
    StaffService staff;
    @MockitoBean
    CitizenService citizens;
    @MockitoBean
    ApiClientService apiClients;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    FirstPartyTokens tokens;
    @MockitoBean
    PasswordReset passwordReset;

    enum Caller {
        ANONYMOUS(null, null, null),
        CITIZEN_HERE("citizen-9", TENANT, Role.CITIZEN),
        CITIZEN_OWNER(CITIZEN_ID, TENANT, Role.CITIZEN),
        PPID_UTAMA_HERE("ppid-1", TENANT, Role.PPID_UTAMA),
        TENANT_ADMIN_HERE("admin-1", TENANT, Role.TENANT_ADMIN),
        TENANT_ADMIN_ELSEWHERE("admin-2", "samarinda", Role.TENANT_ADMIN),
        PPID_UTAMA_ELSEWHERE("ppid-2", "samarinda", Role.PPID_UTAMA),
        PROVINCE_ADMIN("prov-1", "kaltim", Role.PROVINCE_ADMIN);

        final String subject;
        final String tenant;
        final Role role;

        Caller(String subject, String tenant, Role role) {
            this.subject = subject;
            this.tenant = tenant;
            this.role = role;
        }

        RequestPostProcessor token() {
            return request -> subject == null ? request : jwt().jwt(j -> j.subject(subject).claim("tenant", tenant)
                    .claim("roles", List.of(role.name()))).postProcessRequest(request);
        }
    }

    record Endpoint(String name, HttpMethod method, String path, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String USER_BODY = """
            {"username":"editor@kutai-timur","displayName":"Editor","email":"editor@example.id",
             "password":"Kopi-Pagi-2026","roles":["EDITOR"]}""";
    static final String TENANT_BODY = """
            {"slug":"kutai-timur","name":"Kabupaten Kutai Timur","regionCode":"64.08",
             "province":"Kalimantan Timur","timeZone":"Asia/Makassar"}""";

    /** Staff administration: the tenant's admins and province admins only. */
    static final List<Endpoint> ADMIN_ENDPOINTS = List.of(
            new Endpoint("create user", HttpMethod.POST, "/api/v1/kutai-timur/users", USER_BODY),
            new Endpoint("list users", HttpMethod.GET, "/api/v1/kutai-timur/users", null),
            new Endpoint("get user", HttpMethod.GET, "/api/v1/kutai-timur/users/" + STAFF_ID, null),
            new Endpoint("change roles", HttpMethod.PATCH, "/api/v1/kutai-timur/users/" + STAFF_ID,
                    "{\"roles\":[\"PPID_UTAMA\"]}"),
            new Endpoint("deactivate user", HttpMethod.POST, "/api/v1/kutai-timur/users/" + STAFF_ID + "/deactivate",
                    null),
            new Endpoint("audit log", HttpMethod.GET, "/api/v1/kutai-timur/audit-log?page=0&size=5", null),
            new Endpoint("register app", HttpMethod.POST, "/api/v1/kutai-timur/api-clients", """
                    {"name":"App","ownerContact":"dev@example.id","scopes":["news:read"],"rateLimitTier":"BASIC"}"""),
            new Endpoint("list apps", HttpMethod.GET, "/api/v1/kutai-timur/api-clients", null),
            new Endpoint("get app", HttpMethod.GET, "/api/v1/kutai-timur/api-clients/kutai-timur.app", null),
            new Endpoint("rotate app secret", HttpMethod.POST,
                    "/api/v1/kutai-timur/api-clients/kutai-timur.app/secret", null),
            new Endpoint("revoke app", HttpMethod.POST, "/api/v1/kutai-timur/api-clients/kutai-timur.app/revoke",
                    null));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ADMIN_ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int expected = switch (caller) {
                    case ANONYMOUS -> 401;
                    case TENANT_ADMIN_HERE, PROVINCE_ADMIN -> endpoint.method() == HttpMethod.POST
                            && !endpoint.path().endsWith("/deactivate") && !endpoint.path().endsWith("/secret")
                            && !endpoint.path().endsWith("/revoke") ? 201 : 200;
                    default -> 403;
                };
                cases.add(Arguments.of(endpoint, caller, expected));
            }
        }
        List<Endpoint> provinceOnly = List.of(
                new Endpoint("register tenant", HttpMethod.POST, "/api/v1/tenants", TENANT_BODY),
                new Endpoint("update tenant", HttpMethod.PUT, "/api/v1/tenants/kutai-timur", TENANT_BODY));
        for (Endpoint endpoint : provinceOnly) {
            for (Caller caller : Caller.values()) {
                int expected = switch (caller) {
                    case ANONYMOUS -> 401;
                    case PROVINCE_ADMIN -> endpoint.method() == HttpMethod.POST ? 201 : 200;
                    default -> 403;
                };
                cases.add(Arguments.of(endpoint, caller, expected));
            }
        }
        Endpoint citizen = new Endpoint("get citizen", HttpMethod.GET, "/api/v1/kutai-timur/citizens/" + CITIZEN_ID,
                null);
        for (Caller caller : Caller.values()) {
            int expected = switch (caller) {
                case ANONYMOUS -> 401;
                case CITIZEN_OWNER, PPID_UTAMA_HERE, TENANT_ADMIN_HERE, PROVINCE_ADMIN -> 200;
                default -> 403;
            };
            cases.add(Arguments.of(citizen, caller, expected));
        }
        List<Endpoint> open = List.of(
                new Endpoint("list tenants", HttpMethod.GET, "/api/v1/tenants", null),
                new Endpoint("citizen sign-up", HttpMethod.POST, "/api/v1/kutai-timur/citizens", """
                        {"name":"Warga","email":"warga@example.id","password":"Kopi-Pagi-2026"}"""),
                new Endpoint("login", HttpMethod.POST, "/api/v1/auth/token",
                        "{\"username\":\"warga@example.id\",\"password\":\"Kopi-Pagi-2026\"}"),
                new Endpoint("password reset", HttpMethod.POST, "/api/v1/auth/password-reset",
                        "{\"username\":\"warga@example.id\"}"));
        for (Endpoint endpoint : open) {
            for (Caller caller : Caller.values()) {
                int expected = endpoint.name().equals("citizen sign-up") ? 201
                        : endpoint.name().equals("password reset") ? 202 : 200;
                cases.add(Arguments.of(endpoint, caller, expected));
            }
        }
        return cases.stream();
    }

    @BeforeEach
    void services() {
        when(tenants.exists(anyString())).thenAnswer(call -> Set.of(TENANT, "samarinda", "kaltim")
                .contains(call.getArgument(0, String.class)));
        when(tenants.all()).thenReturn(List.of(TenantFixtures.tenant(TENANT)));
        when(tenants.register(any())).thenReturn(TenantFixtures.tenant(TENANT));
        when(tenants.update(anyString(), any())).thenReturn(TenantFixtures.tenant(TENANT));
        UserAccount user = UserAccount.staff(TENANT, "editor@kutai-timur", "Editor", "editor@example.id", "{argon2}x",
                Set.of(Role.EDITOR), null, Instant.parse("2026-03-02T01:00:00Z"));
        when(staff.create(anyString(), any(), any())).thenReturn(user);
        when(staff.list(anyString(), anyInt(), anyInt())).thenReturn(new PageImpl<>(List.of(user)));
        when(staff.get(anyString(), anyString())).thenReturn(user);
        when(staff.changeRoles(anyString(), anyString(), any(), any())).thenReturn(user);
        when(staff.deactivate(anyString(), anyString(), any())).thenReturn(user);
        UserAccount citizen = UserAccount.citizen(TENANT, "warga@example.id", "Warga", "{argon2}x", null, "sealed",
                Instant.parse("2026-03-02T01:00:00Z"));
        when(citizens.register(anyString(), any())).thenReturn(citizen);
        when(citizens.get(anyString(), anyString())).thenReturn(citizen);
        when(citizens.nik(any())).thenReturn(Optional.of("6408011708900001"));
        var app = ApiClientFixtures.client(TENANT);
        when(apiClients.register(anyString(), any(), any())).thenReturn(new ApiClientService.WithSecret(app, "s3cret"));
        when(apiClients.list(anyString(), anyInt(), anyInt())).thenReturn(new PageImpl<>(List.of(app)));
        when(apiClients.get(anyString(), anyString())).thenReturn(app);
        when(apiClients.rotateSecret(anyString(), anyString(), any()))
                .thenReturn(new ApiClientService.WithSecret(app, "n3w"));
        when(apiClients.revoke(anyString(), anyString(), any())).thenReturn(app);
        when(audit.page(anyString(), anyInt(), anyInt())).thenReturn(new PageImpl<>(List.of()));
        when(tokens.login(anyString(), anyString()))
                .thenReturn(new FirstPartyTokens.TokenResponse("a.b.c", "Bearer", 900, "r"));
    }

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @MethodSource("matrix")
    void answersEachCallerAsTheRoleAndTenantAllow(Endpoint endpoint, Caller caller, int expected) throws Exception {
        MockHttpServletRequestBuilder call = request(endpoint.method(), endpoint.path()).with(caller.token());
        if (endpoint.body() != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        var response = mvc.perform(call).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains(switch (expected) {
                case 401 -> "unauthenticated";
                default -> "forbidden";
            });
        }
    }

    @Test
    void showsTheFullNikOnlyToTheOwnerAndPpidRoles() throws Exception {
        assertThat(body(Caller.CITIZEN_OWNER)).contains("6408011708900001");
        assertThat(body(Caller.PPID_UTAMA_HERE)).contains("6408011708900001");
        assertThat(body(Caller.TENANT_ADMIN_HERE)).contains("6408**********01").doesNotContain("6408011708900001");
        assertThat(body(Caller.PROVINCE_ADMIN)).contains("6408**********01").doesNotContain("6408011708900001");
    }

    @Test
    void answers404ForAnUnknownTenantBeforeAnythingElse() throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, "/api/v1/tidak-ada/users")
                .with(Caller.PROVINCE_ADMIN.token())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("tenant-not-found");
    }

    private String body(Caller caller) throws Exception {
        return mvc.perform(request(HttpMethod.GET, "/api/v1/kutai-timur/citizens/" + CITIZEN_ID)
                .with(caller.token())).andReturn().getResponse().getContentAsString();
    }
}
