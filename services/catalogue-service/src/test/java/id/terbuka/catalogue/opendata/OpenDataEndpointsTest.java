package id.terbuka.catalogue.opendata;

import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.DocumentRef;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.InformationEntryTest;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The DCAT-AP catalogue and the CKAN Action API: open to everyone (the role × tenant matrix), CKAN's envelope and
 * error shapes, and the JSON-LD structure. One public entry with a PDF, in unit {@code unit-a} (code BPKAD).
 */
@WebMvcTest({DcatController.class, CkanController.class})
@Import({Links.class, OpenDataEndpointsTest.Beans.class})
class OpenDataEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PublicEntries entries;
    @MockitoBean
    Organizations organizations;
    /** Also the platform's tenant check (it is a TenantDirectory): kutai-timur and samarinda exist. */
    @MockitoBean
    LocalTenantDirectory tenants;

    InformationEntry entry;

    @TestConfiguration
    static class Beans {
        @Bean
        CatalogueSettings settings() {
            return new CatalogueSettings(null, null, new CatalogueSettings.OpenData("https://data.example.id/"),
                    null, null);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void stub() {
        entry = InformationEntry.create("entry-1", TENANT, InformationEntryTest.berkala(), "user-1", NOW);
        entry.addDocument(new DocumentRef("doc-1", "apbd.pdf", "application/pdf", 1234, "ab12", NOW, "user-1"), NOW);
        PublicEntries.Found one = new PublicEntries.Found(List.of(entry), 1);
        when(entries.find(eq(TENANT), any(), any(), anyInt(), anyInt())).thenReturn(one);
        when(entries.find(eq(TENANT), any(), any(), any(), any(), anyInt(), anyInt())).thenReturn(one);
        when(entries.one(TENANT, "entry-1")).thenReturn(Optional.of(entry));
        when(entries.count(TENANT, "unit-a")).thenReturn(1L);
        Organizations.Organization bpkad = new Organizations.Organization("unit-a", "bpkad",
                "Badan Pengelolaan Keuangan dan Aset Daerah");
        when(organizations.all(TENANT)).thenReturn(List.of(bpkad));
        when(organizations.find(TENANT, "bpkad")).thenReturn(Optional.of(bpkad));
        when(organizations.find(eq(TENANT), eq("unit-a"))).thenReturn(Optional.of(bpkad));
        when(organizations.of(anyString())).thenReturn(bpkad);
        when(tenants.exists(TENANT)).thenReturn(true);
        when(tenants.exists("samarinda")).thenReturn(true);
        when(tenants.find(TENANT)).thenReturn(Optional.of(new LocalTenant(TENANT, "t-1", "Kabupaten Kutai Timur",
                "64.08", "Kalimantan Timur", "Asia/Makassar", 0)));
    }

    static final List<String> READS = List.of(
            "/api/v1/" + TENANT + "/information/catalog.jsonld",
            "/ckan/" + TENANT + "/api/3/action/package_search?q=apbd",
            "/ckan/" + TENANT + "/api/3/action/package_list",
            "/ckan/" + TENANT + "/api/3/action/package_show?id=entry-1",
            "/ckan/" + TENANT + "/api/3/action/organization_list",
            "/ckan/" + TENANT + "/api/3/action/organization_show?id=bpkad");

    static Stream<Arguments> matrix() {
        List<String[]> callers = List.of(new String[]{null, null}, new String[]{TENANT, "CITIZEN"},
                new String[]{TENANT, "PPID_UTAMA"}, new String[]{TENANT, "PPID_PELAKSANA"},
                new String[]{TENANT, "EDITOR"}, new String[]{TENANT, "TENANT_ADMIN"},
                new String[]{"provinsi", "PROVINCE_ADMIN"}, new String[]{"samarinda", "PPID_UTAMA"});
        return READS.stream().flatMap(path -> callers.stream().map(c -> Arguments.of(path, c[0], c[1])));
    }

    /** Open data is open: every caller, also staff of another tenant, reads the same. */
    @ParameterizedTest(name = "{0} by {2}@{1}")
    @MethodSource("matrix")
    void everyoneMayRead(String path, String tenant, String role) throws Exception {
        RequestPostProcessor token = role == null ? r -> r : jwt().jwt(j -> j.subject("u").claim("tenant", tenant)
                .claim("roles", List.of(role)).claim("unit", "unit-a"));
        mvc.perform(get(path).with(token)).andExpect(status().isOk());
    }

    @Test
    void theCatalogueIsDcatInJsonLd() throws Exception {
        mvc.perform(get("/api/v1/" + TENANT + "/information/catalog.jsonld"))
                .andExpect(header().string("Content-Type", startsWith("application/ld+json")))
                .andExpect(jsonPath("$['@context'].dcat").value("http://www.w3.org/ns/dcat#"))
                .andExpect(jsonPath("$['@context'].dct").value("http://purl.org/dc/terms/"))
                .andExpect(jsonPath("$['@type']").value("dcat:Catalog"))
                .andExpect(jsonPath("$['@id']").value(
                        "https://data.example.id/api/v1/kutai-timur/information/catalog.jsonld"))
                .andExpect(jsonPath("$['dct:title']['@value']").value("Daftar Informasi Publik Kabupaten Kutai Timur"))
                .andExpect(jsonPath("$['dcat:dataset']", hasSize(1)))
                .andExpect(jsonPath("$['dcat:dataset'][0]['@type']").value("dcat:Dataset"))
                .andExpect(jsonPath("$['dcat:dataset'][0]['@id']").value(
                        "https://data.example.id/api/v1/kutai-timur/information/entry-1"))
                .andExpect(jsonPath("$['dcat:dataset'][0]['dct:accrualPeriodicity']['@id']")
                        .value(endsWith("/frequency/QUARTERLY")))
                .andExpect(jsonPath("$['dcat:dataset'][0]['dct:publisher']['foaf:name']")
                        .value("Badan Pengelolaan Keuangan dan Aset Daerah"))
                .andExpect(jsonPath("$['dcat:dataset'][0]['dcat:distribution'][0]['@type']")
                        .value("dcat:Distribution"))
                .andExpect(jsonPath("$['dcat:dataset'][0]['dcat:distribution'][0]['dcat:downloadURL']['@id']")
                        .value("https://data.example.id/api/v1/kutai-timur/information/entry-1/documents/doc-1"))
                .andExpect(jsonPath("$['dcat:dataset'][0]['dcat:distribution'][0]['spdx:checksum']"
                        + "['spdx:checksumValue']").value("ab12"))
                .andExpect(jsonPath("$['hydra:view']['hydra:totalItems']").value(1))
                .andExpect(jsonPath("$['hydra:view']['hydra:next']").doesNotExist());
    }

    @Test
    void theCataloguePagesWithHydraAndRefusesOversizedPages() throws Exception {
        when(entries.find(eq(TENANT), isNull(), isNull(), eq(2), eq(2)))
                .thenReturn(new PublicEntries.Found(List.of(entry), 7));
        mvc.perform(get("/api/v1/" + TENANT + "/information/catalog.jsonld").param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$['hydra:view']['hydra:totalItems']").value(7))
                .andExpect(jsonPath("$['hydra:view']['hydra:next']['@id']").value(endsWith("?page=2&size=2")))
                .andExpect(jsonPath("$['hydra:view']['hydra:previous']['@id']").value(endsWith("?page=0&size=2")));
        mvc.perform(get("/api/v1/" + TENANT + "/information/catalog.jsonld").param("size", "5000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void ckanAnswersInItsEnvelopeWithPackagesResourcesAndOrganisations() throws Exception {
        String base = "/ckan/" + TENANT + "/api/3/action/";
        mvc.perform(get(base + "package_search").param("q", "apbd").param("rows", "5"))
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.help").value(
                        "https://data.example.id/ckan/kutai-timur/api/3/action/help_show?name=package_search"))
                .andExpect(jsonPath("$.result.count").value(1))
                .andExpect(jsonPath("$.result.results[0].id").value("entry-1"))
                .andExpect(jsonPath("$.result.results[0].organization.name").value("bpkad"))
                .andExpect(jsonPath("$.result.results[0].tags[0].name").value("berkala"))
                .andExpect(jsonPath("$.result.results[0].resources[0].format").value("PDF"))
                .andExpect(jsonPath("$.result.results[0].resources[0].url").value(
                        "https://data.example.id/api/v1/kutai-timur/information/entry-1/documents/doc-1"))
                .andExpect(jsonPath("$.result.results[0].metadata_modified").value("2026-01-05T03:00"));
        verify(entries).find(TENANT, "apbd", null, null, null, 0, 5);
        mvc.perform(get(base + "package_search").param("fq", "organization:bpkad tags:berkala").param("rows", "5000"))
                .andExpect(jsonPath("$.success").value(true));
        verify(entries).find(TENANT, null, "unit-a", Category.BERKALA, null, 0, CkanController.MAX_ROWS);
        // what CKAN harvesters send for an incremental harvest
        mvc.perform(get(base + "package_search").param("fq", "metadata_modified:[2026-01-01T00:00:00.000000 TO *]")
                        .param("q", "*:*"))
                .andExpect(jsonPath("$.success").value(true));
        verify(entries).find(TENANT, null, null, null, Instant.parse("2026-01-01T00:00:00Z"), 0, 10);
        mvc.perform(get(base + "package_show").param("id", "entry-1"))
                .andExpect(jsonPath("$.result.title").value(entry.title()))
                .andExpect(jsonPath("$.result.num_resources").value(1));
        mvc.perform(get(base + "organization_list"))
                .andExpect(jsonPath("$.result[0]").value("bpkad"));
        mvc.perform(get(base + "organization_list").param("all_fields", "true"))
                .andExpect(jsonPath("$.result[0].package_count").value(1));
        mvc.perform(get(base + "organization_show").param("id", "bpkad").param("include_datasets", "true"))
                .andExpect(jsonPath("$.result.id").value("unit-a"))
                .andExpect(jsonPath("$.result.packages[0].id").value("entry-1"));
    }

    @Test
    void ckanErrorsHaveCkansShapeAndStatus() throws Exception {
        String base = "/ckan/" + TENANT + "/api/3/action/";
        mvc.perform(get(base + "package_show"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.__type").value("Validation Error"))
                .andExpect(jsonPath("$.error.id[0]").value("Missing value"));
        mvc.perform(get(base + "package_show").param("id", "entry-unknown"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"));
        mvc.perform(get(base + "organization_show").param("id", "nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.success").value(false));
        mvc.perform(get(base + "package_search").param("rows", "ten"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.rows[0]").value("Invalid integer"));
        mvc.perform(get(base + "package_search").param("start", "-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.start").exists());
        mvc.perform(get(base + "package_search").param("fq", "res_format:PDF"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.fq").exists());
        mvc.perform(get(base + "package_search").param("fq", "metadata_modified:[kemarin TO *]"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.fq[0]").value("Invalid metadata_modified timestamp: kemarin"));
        mvc.perform(get(base + "organization_list").param("all_fields", "perhaps"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.all_fields").exists());
        mvc.perform(get(base + "group_list"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.message").value("Bad request - Action name not known: group_list"));
        mvc.perform(get("/ckan/atlantis/api/3/action/package_search"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"));
    }
}
