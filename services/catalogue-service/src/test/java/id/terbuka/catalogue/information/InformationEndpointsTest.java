package id.terbuka.catalogue.information;

import id.terbuka.catalogue.dip.DipController;
import id.terbuka.catalogue.dip.DipHeading;
import id.terbuka.catalogue.dip.DipTable;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.catalogue.document.DocumentStore;
import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.catalogue.freshness.FreshnessController;
import id.terbuka.catalogue.freshness.FreshnessService;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import id.terbuka.testsupport.TestCaller;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which catalogue endpoint: the role × tenant matrix, with the platform's real security and problem
 * handling and a stand-in for the service. Both entries belong to unit {@code unit-a} of kutai-timur; one is
 * DIKECUALIKAN.
 */
@WebMvcTest({InformationController.class, FreshnessController.class, DipController.class})
@Import({EntryViews.class, SearchFacets.class, InformationEndpointsTest.Tenants.class})
class InformationEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final String OTHER = "samarinda";
    static final String BASE = "/api/v1/" + TENANT + "/information";
    static final String OPEN = BASE + "/entry-open";
    static final String EXCLUDED = BASE + "/entry-excluded";
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    EntryService service;
    @MockitoBean
    DocumentStore documents;
    @MockitoBean
    FreshnessService freshness;
    @MockitoBean
    DipTable dip;
    @MockitoBean
    LocalUnitDirectory units;

    @TestConfiguration
    static class Tenants {
        @Bean
        TenantDirectory tenantDirectory() {
            return slug -> List.of(TENANT, OTHER).contains(slug);
        }
    }

    @BeforeEach
    void stubService() throws Exception {
        Instant now = Instant.parse("2026-01-05T03:00:00Z");
        InformationEntry open = InformationEntry.create("entry-open", TENANT, InformationEntryTest.berkala(),
                "user-1", now);
        DocumentRef document = new DocumentRef("doc-1", "apbd.pdf", "application/pdf", PDF.length, "abc123", now,
                "user-1");
        open.addDocument(document, now);
        InformationEntry excluded = InformationEntry.create("entry-excluded", TENANT, InformationEntryTest.category(
                InformationEntryTest.berkala(), Category.DIKECUALIKAN, null, InformationEntryTest.exclusion()),
                "user-1", now);
        excluded.addDocument(document, now);
        when(service.get(TENANT, "entry-open")).thenReturn(open);
        when(service.get(TENANT, "entry-excluded")).thenReturn(excluded);
        when(service.now()).thenReturn(now);
        when(service.list(eq(TENANT), any(), any(), any(), any(), eq(0), eq(20)))
                .thenReturn(new EntryService.Listing(new PageImpl<>(List.of(open, excluded), PageRequest.of(0, 20), 2),
                        java.util.Map.of("entry-open", new SearchIndex.Highlight("<mark>Laporan</mark> Realisasi",
                                null, null)),
                        new SearchIndex.Facets(java.util.Map.of("BERKALA", 1L, "DIKECUALIKAN", 1L),
                                java.util.Map.of("unit-a", 2L), java.util.Map.of(2026, 2L))));
        when(service.create(eq(TENANT), any(), any())).thenReturn(open);
        when(service.replace(any(), any(), any())).thenReturn(open);
        when(service.patch(any(), any(), any())).thenReturn(open);
        when(service.withdraw(any(), any(), any())).thenReturn(open);
        when(service.withdrawn(eq(TENANT), any(), eq(0), eq(20)))
                .thenReturn(new PageImpl<>(List.of(open), PageRequest.of(0, 20), 1));
        when(service.addDocument(any(), any(), anyString(), anyLong(), any())).thenReturn(document);
        when(documents.resource(anyString(), anyString(), anyLong())).thenReturn(new ByteArrayResource(PDF));
        when(dip.heading(TENANT, null)).thenReturn(new DipHeading(TENANT, "Kabupaten Kutai Timur", null, null,
                java.time.LocalDate.of(2026, 1, 5)));
        when(dip.heading(TENANT, "unit-a")).thenReturn(new DipHeading(TENANT, "Kabupaten Kutai Timur", "UNIT-A",
                "Unit A", java.time.LocalDate.of(2026, 1, 5)));
        when(dip.heading(TENANT, "unit-unknown")).thenThrow(ApiException.invalid(List.of(
                new FieldProblem("unit", "tidak ada"))));
        when(freshness.report(TENANT)).thenReturn(new FreshnessService.FreshnessReport(TENANT, now, 30, 90,
                List.of()));
    }

    enum Endpoint {
        LIST, ONE, FRESHNESS, DIP_CSV, DIP_PDF, CREATE, REPLACE, PATCH, WITHDRAW, UPLOAD, DOWNLOAD,
        DOWNLOAD_EXCLUDED, WITHDRAWN_OF_UNIT_A;

        AbstractMockHttpServletRequestBuilder<?> request() {
            return switch (this) {
                case LIST -> get(BASE).param("q", "laporan");
                case ONE -> get(EXCLUDED);
                case FRESHNESS -> get(BASE + "/freshness");
                case DIP_CSV -> get(BASE + "/dip.csv");
                case DIP_PDF -> get(BASE + "/dip.pdf").param("unit", "unit-a");
                case CREATE -> post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"unit-a\"}");
                case REPLACE -> put(OPEN).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"unit-a\"}");
                case PATCH -> patch(OPEN).contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"x\"}");
                case WITHDRAW -> post(OPEN + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}");
                case UPLOAD -> multipart(OPEN + "/documents")
                        .file(new MockMultipartFile("file", "apbd.pdf", "application/pdf", PDF));
                case DOWNLOAD -> get(OPEN + "/documents/doc-1");
                case DOWNLOAD_EXCLUDED -> get(EXCLUDED + "/documents/doc-1");
                case WITHDRAWN_OF_UNIT_A -> get(BASE + "/withdrawn").param("unit", "unit-a");
            };
        }
    }

    static final TestCaller ANONYMOUS = TestCaller.ANONYMOUS;
    static final TestCaller CITIZEN = TestCaller.of(TENANT, "CITIZEN");
    static final TestCaller UTAMA = TestCaller.of(TENANT, "PPID_UTAMA");
    static final TestCaller OWN_PELAKSANA = TestCaller.of(TENANT, "PPID_PELAKSANA", "unit-a");
    static final TestCaller OTHER_PELAKSANA = TestCaller.of(TENANT, "PPID_PELAKSANA", "unit-z");
    static final TestCaller ATASAN = TestCaller.of(TENANT, "ATASAN_PPID");
    static final TestCaller EDITOR = TestCaller.of(TENANT, "EDITOR");
    static final TestCaller TENANT_ADMIN = TestCaller.of(TENANT, "TENANT_ADMIN");
    static final TestCaller PROVINCE_ADMIN = TestCaller.of("provinsi", "PROVINCE_ADMIN");
    static final TestCaller FOREIGN_UTAMA = TestCaller.of(OTHER, "PPID_UTAMA");
    static final List<TestCaller> EVERYONE = List.of(ANONYMOUS, CITIZEN, UTAMA, OWN_PELAKSANA, OTHER_PELAKSANA, ATASAN,
            EDITOR, TENANT_ADMIN, PROVINCE_ADMIN, FOREIGN_UTAMA);

    /** Status and problem type (null for success) of every endpoint for every kind of caller. */
    static Stream<Arguments> matrix() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (TestCaller caller : EVERYONE) {
            // reading is public, also for staff of another tenant
            rows.add(row(Endpoint.LIST, caller, 200, null));
            rows.add(row(Endpoint.ONE, caller, 200, null));
            rows.add(row(Endpoint.FRESHNESS, caller, 200, null));
            rows.add(row(Endpoint.DIP_CSV, caller, 200, null));
            rows.add(row(Endpoint.DIP_PDF, caller, 200, null));
            rows.add(row(Endpoint.DOWNLOAD, caller, 200, null));
            // an excluded entry's files exist only for PPID staff of the tenant (pelaksana: its unit)
            boolean ppid = caller == UTAMA || caller == OWN_PELAKSANA || caller == ATASAN;
            rows.add(row(Endpoint.DOWNLOAD_EXCLUDED, caller, ppid ? 200 : 404, ppid ? null : "not-found"));
            // what was withdrawn stays on record for PPID staff of the tenant (pelaksana: its unit)
            if (ppid) {
                rows.add(row(Endpoint.WITHDRAWN_OF_UNIT_A, caller, 200, null));
            } else if (caller == ANONYMOUS) {
                rows.add(row(Endpoint.WITHDRAWN_OF_UNIT_A, caller, 401, "unauthenticated"));
            } else if (caller == FOREIGN_UTAMA) {
                rows.add(row(Endpoint.WITHDRAWN_OF_UNIT_A, caller, 403, "forbidden-tenant"));
            } else if (caller == OTHER_PELAKSANA) {
                rows.add(row(Endpoint.WITHDRAWN_OF_UNIT_A, caller, 403, "forbidden-unit"));
            } else {
                rows.add(row(Endpoint.WITHDRAWN_OF_UNIT_A, caller, 403, "forbidden"));
            }
            for (Endpoint write : List.of(Endpoint.CREATE, Endpoint.REPLACE, Endpoint.PATCH, Endpoint.WITHDRAW,
                    Endpoint.UPLOAD)) {
                int success = write == Endpoint.CREATE || write == Endpoint.UPLOAD ? 201 : 200;
                if (caller == ANONYMOUS) {
                    rows.add(row(write, caller, 401, "unauthenticated"));
                } else if (caller == FOREIGN_UTAMA) {
                    rows.add(row(write, caller, 403, "forbidden-tenant"));
                } else if (caller == OTHER_PELAKSANA) {
                    rows.add(row(write, caller, 403, "forbidden-unit"));
                } else if (caller == UTAMA || caller == OWN_PELAKSANA) {
                    rows.add(row(write, caller, success, null));
                } else {
                    rows.add(row(write, caller, 403, "forbidden"));
                }
            }
        }
        return rows.build();
    }

    private static Arguments row(Endpoint endpoint, TestCaller caller, int status, String problem) {
        return Arguments.of(endpoint, caller, status, problem);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void roleAndTenantMatrix(Endpoint endpoint, TestCaller caller, int expected, String problem) throws Exception {
        ResultActions result = mvc.perform(endpoint.request().with(caller.token())).andExpect(status().is(expected));
        if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));
        }
    }

    @Test
    void aPelaksanaListsOnlyItsOwnUnitsWithdrawnEntries() throws Exception {
        mvc.perform(get(BASE + "/withdrawn").with(OWN_PELAKSANA.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("entry-open"))
                .andExpect(jsonPath("$.items[0].revisions").isArray());
        org.mockito.Mockito.verify(service).withdrawn(TENANT, "unit-a", 0, 20);
        mvc.perform(get(BASE + "/withdrawn").with(UTAMA.token())).andExpect(status().isOk());
        org.mockito.Mockito.verify(service).withdrawn(TENANT, null, 0, 20);
        mvc.perform(get(BASE + "/withdrawn").param("size", "101").with(UTAMA.token()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPelaksanaCannotCreateOrMoveAnEntryIntoAnotherUnit() throws Exception {
        mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"unit-b\"}")
                        .with(OWN_PELAKSANA.token()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/forbidden-unit"));
        mvc.perform(patch(OPEN).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"unit-b\"}")
                        .with(OWN_PELAKSANA.token()))
                .andExpect(status().isForbidden());
        mvc.perform(patch(OPEN).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"unit-b\"}")
                        .with(UTAMA.token()))
                .andExpect(status().isOk());
    }

    @Test
    void anExcludedEntryShowsItsExclusionToEveryoneAndItsFilesOnlyToPpidStaff() throws Exception {
        mvc.perform(get(EXCLUDED))
                .andExpect(jsonPath("$.category").value("DIKECUALIKAN"))
                .andExpect(jsonPath("$.exclusion.legalBasis").value("A"))
                .andExpect(jsonPath("$.exclusion.decisionNumber").value("188.4/12/PPID/2026"))
                .andExpect(jsonPath("$.documents").isEmpty())
                .andExpect(jsonPath("$.revisions").doesNotExist());
        mvc.perform(get(EXCLUDED).with(UTAMA.token()))
                .andExpect(jsonPath("$.documents[0].id").value("doc-1"))
                .andExpect(jsonPath("$.revisions[0].kind").value("CREATED"));
        mvc.perform(get(OPEN))
                .andExpect(jsonPath("$.documents[0].sha256").value("abc123"))
                .andExpect(jsonPath("$.categoryLabel").value("Informasi berkala"));
    }

    @Test
    void aDownloadCarriesTypeNameAndEtag() throws Exception {
        mvc.perform(get(OPEN + "/documents/doc-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("ETag", "\"abc123\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("apbd.pdf")));
        mvc.perform(get(OPEN + "/documents/doc-1").header("If-None-Match", "\"abc123\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(OPEN + "/documents/doc-unknown")).andExpect(status().isNotFound());
    }

    @Test
    void theListCarriesHighlightsAndFacetCountsNextToThePageFields() throws Exception {
        mvc.perform(get(BASE).param("q", "laporan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.items[0].id").value("entry-open"))
                .andExpect(jsonPath("$.items[0].highlight.title").value("<mark>Laporan</mark> Realisasi"))
                .andExpect(jsonPath("$.items[1].highlight").doesNotExist())
                .andExpect(jsonPath("$.facets.category[?(@.value == 'BERKALA')].label").value("Informasi berkala"))
                .andExpect(jsonPath("$.facets.unit[0].value").value("unit-a"))
                .andExpect(jsonPath("$.facets.unit[0].count").value(2))
                .andExpect(jsonPath("$.facets.year[0].value").value("2026"));
    }

    @Test
    void theDipComesAsCsvAndPdfAndAnUnknownUnitIsAFieldProblem() throws Exception {
        mvc.perform(get(BASE + "/dip.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("dip-kutai-timur-")));
        mvc.perform(get(BASE + "/dip.pdf").param("unit", "unit-a"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("dip-kutai-timur-unit-a-")));
        mvc.perform(get(BASE + "/dip.csv").param("unit", "unit-unknown"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @Test
    void anUnknownTenantIsNotFoundBeforeAnythingElse() throws Exception {
        mvc.perform(get("/api/v1/tidak-ada/information"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
        mvc.perform(post("/api/v1/tidak-ada/information").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(UTAMA.token()))
                .andExpect(status().isNotFound());
    }
}
