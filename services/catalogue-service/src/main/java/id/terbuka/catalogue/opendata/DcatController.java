package id.terbuka.catalogue.opendata;

import id.terbuka.catalogue.information.DocumentRef;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.UpdateFrequency;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's public entries as a DCAT-AP catalogue in JSON-LD, for national open-data harvesters: one
 * {@code dcat:Dataset} per entry (title, summary, publisher = the unit, contact = the person responsible, update
 * frequency from the EU frequency vocabulary), one {@code dcat:Distribution} per file with its media type, size and
 * SHA-256. Excluded and withdrawn entries are not open data and are left out. Long catalogues are paged with
 * Hydra ({@code page}, {@code size}; {@code hydra:view} links the next page).
 */
@RestController
public class DcatController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/IND";

    private final PublicEntries entries;
    private final Organizations organizations;
    private final Links links;
    private final LocalTenantDirectory tenants;
    private final MessageSource messages;
    private final Clock clock;

    DcatController(PublicEntries entries, Organizations organizations, Links links, LocalTenantDirectory tenants,
                   MessageSource messages, Clock clock) {
        this.entries = entries;
        this.organizations = organizations;
        this.links = links;
        this.tenants = tenants;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/{tenant}/information/catalog.jsonld")
    ResponseEntity<Map<String, Object>> catalogue(@PathVariable String tenant,
                                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                 @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size) {
        String name = tenants.find(tenant).map(LocalTenant::name).orElse(tenant);
        PublicEntries.Found found = entries.find(tenant, null, null, page * size, size);
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context());
        catalogue.put("@id", links.catalogue(tenant));
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", text("Daftar Informasi Publik " + name));
        catalogue.put("dct:description", text("Informasi publik yang dikuasai " + name
                + " (UU 14/2008 Pasal 9-11), tanpa informasi yang dikecualikan."));
        catalogue.put("dct:publisher", Map.of("@id", links.tenant(tenant), "@type", "foaf:Agent",
                "foaf:name", name));
        catalogue.put("dct:language", Map.of("@id", LANGUAGE));
        catalogue.put("foaf:homepage", Map.of("@id", links.dip(tenant)));
        catalogue.put("dct:modified", dateTime(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString()));
        catalogue.put("dcat:dataset", found.entries().stream().map(this::dataset).toList());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("@id", links.catalogue(tenant) + "?page=" + page + "&size=" + size);
        view.put("@type", "hydra:PartialCollectionView");
        view.put("hydra:totalItems", found.total());
        view.put("hydra:first", Map.of("@id", links.catalogue(tenant) + "?page=0&size=" + size));
        if ((long) (page + 1) * size < found.total()) {
            view.put("hydra:next", Map.of("@id", links.catalogue(tenant) + "?page=" + (page + 1) + "&size=" + size));
        }
        if (page > 0) {
            view.put("hydra:previous", Map.of("@id", links.catalogue(tenant) + "?page=" + (page - 1) + "&size="
                    + size));
        }
        catalogue.put("hydra:view", view);
        return ResponseEntity.ok().contentType(JSON_LD).body(catalogue);
    }

    private Map<String, Object> dataset(InformationEntry entry) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", links.entry(entry.tenant(), entry.id()));
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", entry.id());
        dataset.put("dct:title", text(entry.title()));
        dataset.put("dct:description", text(entry.summary()));
        dataset.put("dct:issued", dateTime(entry.createdAt().toString()));
        dataset.put("dct:modified", dateTime(entry.lastUpdatedAt().toString()));
        dataset.put("dct:created", Map.of("@value", entry.producedAt().toString(), "@type", "xsd:date"));
        Organizations.Organization unit = organizations.of(entry.unitId());
        dataset.put("dct:publisher", Map.of("@id", links.unit(entry.tenant(), entry.unitId()),
                "@type", "foaf:Organization", "foaf:name", unit.title()));
        dataset.put("dcat:contactPoint", Map.of("@type", "vcard:Kind", "vcard:fn", entry.responsiblePerson(),
                "vcard:organization-name", entry.responsibleOfficial()));
        dataset.put("dcat:keyword", List.of(text(label("category." + entry.category()))));
        dataset.put("dct:type", entry.category().name());
        dataset.put("dct:spatial", text(entry.producedPlace()));
        dataset.put("dct:language", Map.of("@id", LANGUAGE));
        dataset.put("dct:accessRights", Map.of("@id",
                "http://publications.europa.eu/resource/authority/access-right/PUBLIC"));
        if (entry.updateFrequency() != null) {
            dataset.put("dct:accrualPeriodicity", Map.of("@id", FREQUENCY + frequency(entry.updateFrequency())));
        }
        dataset.put("dcat:landingPage", Map.of("@id", links.entry(entry.tenant(), entry.id())));
        dataset.put("dcat:distribution", entry.documents().stream().map(d -> distribution(entry, d)).toList());
        return dataset;
    }

    private Map<String, Object> distribution(InformationEntry entry, DocumentRef document) {
        String url = links.document(entry.tenant(), entry.id(), document.id());
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@id", url);
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", text(document.filename()));
        distribution.put("dcat:accessURL", Map.of("@id", url));
        distribution.put("dcat:downloadURL", Map.of("@id", url));
        distribution.put("dcat:mediaType", Map.of("@id",
                "https://www.iana.org/assignments/media-types/" + document.contentType()));
        distribution.put("dcat:byteSize", Map.of("@value", Long.toString(document.size()),
                "@type", "xsd:nonNegativeInteger"));
        distribution.put("dct:issued", dateTime(document.uploadedAt().toString()));
        distribution.put("spdx:checksum", Map.of("@type", "spdx:Checksum",
                "spdx:algorithm", Map.of("@id", "spdx:checksumAlgorithm_sha256"),
                "spdx:checksumValue", document.sha256()));
        return distribution;
    }

    /** The EU frequency authority table; SEMIANNUAL is its {@code BIANNUAL} (twice a year). */
    static String frequency(UpdateFrequency frequency) {
        return switch (frequency) {
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case SEMIANNUAL -> "BIANNUAL";
        };
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        context.put("hydra", "http://www.w3.org/ns/hydra/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
    }

    private static Map<String, Object> text(String value) {
        return Map.of("@value", value, "@language", "id");
    }

    private static Map<String, Object> dateTime(String value) {
        return Map.of("@value", value, "@type", "xsd:dateTime");
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, PlatformAutoConfiguration.INDONESIAN);
    }
}
