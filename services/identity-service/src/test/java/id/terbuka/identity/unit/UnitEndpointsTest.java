package id.terbuka.identity.unit;

import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.tenant.TenantDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what with units (the role × tenant matrix of every endpoint), request validation and problem
 * responses, with the platform's real security configuration and a stand-in for the service.
 */
@WebMvcTest(UnitController.class)
@Import(UnitEndpointsTest.Tenants.class)
class UnitEndpointsTest {

    private static final String TENANT = "kutai-timur";
    private static final String UNITS = "/api/v1/" + TENANT + "/units";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UnitService units;

    private final Unit unit = Unit.create(TENANT, "DISKOMINFO", "Dinas Komunikasi dan Informatika", UnitKind.DINAS,
            Instant.parse("2026-03-02T01:00:00Z"));

    @TestConfiguration
    static class Tenants {
        @Bean
        TenantDirectory tenantDirectory() {
            return slug -> List.of("kutai-timur", "samarinda", "kaltim").contains(slug);
        }
    }

    @BeforeEach
    void stubService() {
        when(units.list(eq(TENANT), any(Boolean.class))).thenReturn(List.of(unit));
        when(units.get(TENANT, unit.id())).thenReturn(unit);
        when(units.create(eq(TENANT), any())).thenReturn(unit);
        when(units.rename(eq(TENANT), eq(unit.id()), any())).thenReturn(unit);
        when(units.close(TENANT, unit.id())).thenReturn(unit);
    }

    enum Endpoint {
        CREATE, RENAME, CLOSE;

        MockHttpServletRequestBuilder request(String unitId) {
            return switch (this) {
                case CREATE -> post(UNITS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"DISKOMINFO\",\"name\":\"Dinas Komunikasi dan Informatika\","
                                + "\"kind\":\"DINAS\"}");
                case RENAME -> put(UNITS + "/" + unitId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Dinas Kominfo\"}");
                case CLOSE -> post(UNITS + "/" + unitId + "/closure");
            };
        }

        int success() {
            return this == CREATE ? 201 : 200;
        }
    }

    /** A caller: the token's tenant and roles, or no token at all. */
    record Caller(String description, String tenant, List<String> roles) {
        static final Caller ANONYMOUS = new Caller("anonymous", null, null);

        RequestPostProcessor token() {
            return request -> roles == null ? request
                    : jwt().jwt(j -> j.subject("user-1").claim("tenant", tenant).claim("roles", roles))
                    .postProcessRequest(request);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Arguments> refusedCallers() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(
                Arguments.of(endpoint, Caller.ANONYMOUS, 401, "unauthenticated"),
                Arguments.of(endpoint, new Caller("citizen", TENANT, List.of("CITIZEN")), 403, "forbidden"),
                Arguments.of(endpoint, new Caller("PPID utama", TENANT, List.of("PPID_UTAMA")), 403, "forbidden"),
                Arguments.of(endpoint, new Caller("tenant admin of samarinda", "samarinda", List.of("TENANT_ADMIN")),
                        403, "forbidden-tenant")));
    }

    static Stream<Arguments> allowedCallers() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(
                Arguments.of(endpoint, new Caller("tenant admin of kutai-timur", TENANT, List.of("TENANT_ADMIN"))),
                Arguments.of(endpoint, new Caller("province admin", "kaltim", List.of("PROVINCE_ADMIN"))),
                Arguments.of(endpoint, new Caller("tenant admin who is also PPID", TENANT,
                        List.of("PPID_UTAMA", "TENANT_ADMIN")))));
    }

    @ParameterizedTest(name = "{0} by {1} → {2} {3}")
    @MethodSource("refusedCallers")
    void refusesCallersWithoutTheRightForTheTenant(Endpoint endpoint, Caller caller, int status, String problem)
            throws Exception {
        mvc.perform(endpoint.request(unit.id()).with(caller.token()))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));

        verify(units, never()).create(anyString(), any());
        verify(units, never()).rename(anyString(), anyString(), any());
        verify(units, never()).close(anyString(), anyString());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("allowedCallers")
    void letsTheTenantsAdminsAndProvinceAdminsManageUnits(Endpoint endpoint, Caller caller) throws Exception {
        mvc.perform(endpoint.request(unit.id()).with(caller.token()))
                .andExpect(status().is(endpoint.success()))
                .andExpect(jsonPath("$.id").value(unit.id()))
                .andExpect(jsonPath("$.code").value("DISKOMINFO"));
    }

    @Test
    void createdUnitIsFoundAtItsLocation() throws Exception {
        mvc.perform(Endpoint.CREATE.request(null).with(tenantAdmin()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost" + UNITS + "/" + unit.id()))
                .andExpect(jsonPath("$.kind").value("DINAS"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        verify(units).create(TENANT, new UnitDetails("DISKOMINFO", "Dinas Komunikasi dan Informatika",
                UnitKind.DINAS));
    }

    @Test
    void anyoneMayListAndReadTheUnitsOfATenant() throws Exception {
        mvc.perform(get(UNITS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(unit.id()))
                .andExpect(jsonPath("$[0].code").value("DISKOMINFO"))
                .andExpect(jsonPath("$[0].name").value("Dinas Komunikasi dan Informatika"));
        verify(units).list(TENANT, false);

        mvc.perform(get(UNITS).param("includeClosed", "true")).andExpect(status().isOk());
        verify(units).list(TENANT, true);

        mvc.perform(get(UNITS + "/" + unit.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dinas Komunikasi dan Informatika"));
    }

    @Test
    void answersNotFoundForATenantThePlatformDoesNotKnow() throws Exception {
        mvc.perform(get("/api/v1/tidak-ada/units"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
    }

    @Test
    void namesEveryInvalidFieldOfANewUnit() throws Exception {
        mvc.perform(post(UNITS).with(tenantAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"Dinas Kominfo!\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/validation"))
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message")
                        .value("hanya huruf kapital, angka dan tanda hubung (contoh: DISKOMINFO, SATPOL-PP)"))
                .andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='kind')].message").value("wajib diisi"));

        mvc.perform(post(UNITS).with(tenantAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"code\":\"DINAS-X\",\"name\":\"Dinas X\",\"kind\":\"KANTOR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("KECAMATAN")));
        verify(units, never()).create(anyString(), any());
    }

    @Test
    void refusesAnInvalidNewCode() throws Exception {
        mvc.perform(put(UNITS + "/" + unit.id()).with(tenantAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"DINAS_X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        verify(units, never()).rename(anyString(), anyString(), any());
    }

    @Test
    void explainsADuplicateCodeAndAClosedUnitInTheCallersLanguage() throws Exception {
        when(units.create(eq(TENANT), any())).thenThrow(ApiException.conflict("unit-code-exists", "DINKES", TENANT));
        mvc.perform(Endpoint.CREATE.request(null).with(tenantAdmin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/unit-code-exists"))
                .andExpect(jsonPath("$.title").value("Kode OPD sudah dipakai"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DINKES")));

        when(units.rename(eq(TENANT), eq(unit.id()), any())).thenThrow(ApiException.conflict("unit-closed",
                "DISKOMINFO"));
        mvc.perform(Endpoint.RENAME.request(unit.id()).with(tenantAdmin()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/unit-closed"))
                .andExpect(jsonPath("$.title").value("Unit closed"));
    }

    private static RequestPostProcessor tenantAdmin() {
        return new Caller("tenant admin", TENANT, List.of("TENANT_ADMIN")).token();
    }
}
