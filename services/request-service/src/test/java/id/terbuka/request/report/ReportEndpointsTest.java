package id.terbuka.request.report;

import id.terbuka.platform.crypto.FieldCipher;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may read the Pasal 12 report (everyone) and the register (PPID utama, atasan PPID, tenant admin). */
@WebMvcTest(ReportController.class)
@Import(ReportEndpointsTest.Tenants.class)
class ReportEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final String REPORT = "/api/v1/" + TENANT + "/reports/requests?year=2026";
    static final String REGISTER = "/api/v1/" + TENANT + "/reports/requests/register?year=2026";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RequestReports reports;
    @MockitoBean
    ReportDocuments documents;
    @MockitoBean
    FieldCipher box;

    @TestConfiguration
    static class Tenants {
        @Bean
        TenantDirectory tenantDirectory() {
            return slug -> List.of(TENANT, "samarinda").contains(slug);
        }
    }

    @BeforeEach
    void stub() {
        when(reports.annual(eq(TENANT), any())).thenReturn(null);
        when(documents.csv(any())).thenReturn("section,key,value\r\n".getBytes());
        when(documents.pdf(any())).thenReturn(new byte[]{'%', 'P', 'D', 'F'});
        when(reports.register(eq(TENANT), any())).thenReturn(List.of());
        when(reports.zone(anyString())).thenReturn(ZoneId.of("Asia/Makassar"));
        when(documents.registerCsv(any(), any(), anyBoolean(), any())).thenReturn("registrationNumber\r\n".getBytes());
    }

    static RequestPostProcessor as(String tenant, String role) {
        return jwt().jwt(j -> j.subject("u-1").claim("tenant", tenant).claim("roles", List.of(role)));
    }

    static Stream<Arguments> registerMatrix() {
        return Stream.of(Arguments.of("PPID_UTAMA", TENANT, 200, null), Arguments.of("ATASAN_PPID", TENANT, 200, null),
                Arguments.of("TENANT_ADMIN", TENANT, 200, null), Arguments.of("EDITOR", TENANT, 403, "forbidden"),
                Arguments.of("CITIZEN", TENANT, 403, "forbidden"), Arguments.of("PPID_PELAKSANA", TENANT, 403,
                        "forbidden"), Arguments.of("PPID_UTAMA", "samarinda", 403, "forbidden-tenant"),
                Arguments.of("TENANT_ADMIN", "samarinda", 403, "forbidden-tenant"));
    }

    @ParameterizedTest(name = "register by {0} of {1} -> {2}")
    @MethodSource("registerMatrix")
    void theRegisterIsForTheTenantsPpidAtasanAndAdmin(String role, String tenant, int expected, String problem)
            throws Exception {
        ResultActions result = mvc.perform(get(REGISTER).with(as(tenant, role))).andExpect(status().is(expected));
        if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));
        }
    }

    @Test
    void theRegisterNeedsAToken() throws Exception {
        mvc.perform(get(REGISTER)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/unauthenticated"));
    }

    @Test
    void onlyPpidRolesGetTheAddressColumnFilled() throws Exception {
        mvc.perform(get(REGISTER).with(as(TENANT, "TENANT_ADMIN"))).andExpect(status().isOk());
        verify(documents).registerCsv(any(), any(), eq(false), any());
        mvc.perform(get(REGISTER).with(as(TENANT, "ATASAN_PPID"))).andExpect(status().isOk());
        verify(documents).registerCsv(any(), any(), eq(true), any());
    }

    @Test
    void theReportIsPublicInEveryFormatAndAnUnknownTenantIsNotFound() throws Exception {
        mvc.perform(get(REPORT)).andExpect(status().isOk());
        mvc.perform(get(REPORT + "&format=csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get(REPORT + "&format=pdf").with(as("samarinda", "CITIZEN"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/tidak-ada/reports/requests?year=2026")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
    }
}
