package id.terbuka.catalogue.opendata;

import id.terbuka.catalogue.CatalogueSettings;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Public URLs (through the gateway) of entries, files, units and the catalogue, the identifiers of open data. */
@Component
class Links {

    private final String base;

    Links(CatalogueSettings settings) {
        this.base = settings.openData().baseUrl();
    }

    String catalogue(String tenant) {
        return base + "/api/v1/" + tenant + "/information/catalog.jsonld";
    }

    String entry(String tenant, String entryId) {
        return base + "/api/v1/" + tenant + "/information/" + entryId;
    }

    String document(String tenant, String entryId, String documentId) {
        return entry(tenant, entryId) + "/documents/" + documentId;
    }

    String unit(String tenant, String unitId) {
        return base + "/api/v1/" + tenant + "/units/" + unitId;
    }

    String tenant(String tenant) {
        return base + "/api/v1/tenants/" + tenant;
    }

    String dip(String tenant) {
        return base + "/api/v1/" + tenant + "/information/dip.csv";
    }

    String ckanHelp(String tenant, String action) {
        return base + "/ckan/" + tenant + "/api/3/action/help_show?name="
                + URLEncoder.encode(action, StandardCharsets.UTF_8);
    }
}
