package id.terbuka.catalogue.opendata;

import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.DocumentRef;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.problem.ApiException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read-only CKAN Action API (version 3) over the tenant's public entries, so CKAN harvesters (Satu Data Indonesia
 * runs CKAN) can pull them: {@code package_search}, {@code package_list}, {@code package_show},
 * {@code organization_list}, {@code organization_show}. Entries are packages, units (OPD) organisations, files
 * resources. Every answer has CKAN's envelope {@code {help, success, result}}; errors {@code {help, success: false,
 * error: {...}}} with CKAN's statuses. Excluded and withdrawn entries are not open data and do not exist here.
 */
@RestController
@RequestMapping("/ckan/{tenant}/api/3/action")
public class CkanController {

    static final int MAX_ROWS = 1000;
    /** {@code key:value} or {@code key:"value"} terms of a Solr filter query, joined by spaces or AND. */
    private static final Pattern FQ_TERM = Pattern.compile("([+]?)([a-z_]+):(\"[^\"]*\"|\\S+)");
    /** What CKAN harvesters send for an incremental harvest: {@code metadata_modified:[<timestamp> TO *]}. */
    private static final Pattern MODIFIED_SINCE = Pattern.compile("metadata_modified:\\[(\\S+) TO \\*]");

    private final PublicEntries entries;
    private final Organizations organizations;
    private final Links links;
    private final MessageSource messages;

    CkanController(PublicEntries entries, Organizations organizations, Links links, MessageSource messages) {
        this.entries = entries;
        this.organizations = organizations;
        this.links = links;
        this.messages = messages;
    }

    /**
     * {@code q} full text (Indonesian, stemmed); {@code fq} only {@code organization:<name>},
     * {@code tags:<tag>} and {@code metadata_modified:[<time> TO *]}; {@code rows} (default 10, at most 1000) and
     * {@code start} page through the results.
     */
    @GetMapping("/package_search")
    Map<String, Object> packageSearch(@PathVariable String tenant, @RequestParam(required = false) String q,
                                      @RequestParam(required = false) String fq,
                                      @RequestParam(required = false) String rows,
                                      @RequestParam(required = false) String start,
                                      @RequestParam(required = false) String sort) {
        int limit = Math.min(integer("rows", rows, 10), MAX_ROWS);
        int offset = integer("start", start, 0);
        String unitId = null;
        Category category = null;
        Instant modifiedSince = null;
        if (fq != null && !fq.isBlank()) {
            String rest = fq;
            Matcher since = MODIFIED_SINCE.matcher(rest);
            if (since.find()) {
                modifiedSince = timestamp(since.group(1));
                rest = rest.replace(since.group(), "");
            }
            Matcher term = FQ_TERM.matcher(rest);
            while (term.find()) {
                String value = term.group(3).replace("\"", "");
                switch (term.group(2)) {
                    case "organization", "owner_org" -> unitId = organizations.find(tenant, value)
                            .map(Organizations.Organization::id).orElse("\u0000none");
                    case "tags" -> category = Tags.category(value);
                    default -> throw CkanError.validation("fq", "Unsupported filter field: " + term.group(2)
                            + " (supported: organization, owner_org, tags, metadata_modified:[<time> TO *])");
                }
                rest = rest.replace(term.group(), "");
            }
            if (!rest.replace("AND", "").isBlank()) {
                throw CkanError.validation("fq", "Unsupported filter query: " + fq.strip());
            }
            if (category == null && fq.contains("tags:")) {
                // a tag no entry carries
                return envelope(tenant, "package_search", searchResult(List.of(), 0, sort));
            }
        }
        String text = q == null || q.isBlank() || q.strip().equals("*:*") ? null : q.strip();
        PublicEntries.Found found = entries.find(tenant, text, unitId, category, modifiedSince, offset, limit);
        return envelope(tenant, "package_search", searchResult(found.entries().stream().map(this::pkg).toList(),
                found.total(), sort));
    }

    @GetMapping("/package_list")
    Map<String, Object> packageList(@PathVariable String tenant, @RequestParam(required = false) String limit,
                                    @RequestParam(required = false) String offset) {
        int size = Math.min(integer("limit", limit, MAX_ROWS), MAX_ROWS);
        PublicEntries.Found found = entries.find(tenant, null, null, integer("offset", offset, 0), size);
        return envelope(tenant, "package_list", found.entries().stream().map(InformationEntry::id).toList());
    }

    @GetMapping("/package_show")
    Map<String, Object> packageShow(@PathVariable String tenant, @RequestParam(required = false) String id) {
        String wanted = required("id", id);
        InformationEntry entry = entries.one(tenant, wanted).orElseThrow(() -> CkanError.notFound("Not found"));
        return envelope(tenant, "package_show", pkg(entry));
    }

    @GetMapping("/organization_list")
    Map<String, Object> organizationList(@PathVariable String tenant,
                                         @RequestParam(name = "all_fields", required = false) String allFields) {
        boolean full = bool("all_fields", allFields);
        List<Object> result = new ArrayList<>();
        for (Organizations.Organization organization : organizations.all(tenant)) {
            result.add(full ? organization(tenant, organization, false) : organization.name());
        }
        return envelope(tenant, "organization_list", result);
    }

    @GetMapping("/organization_show")
    Map<String, Object> organizationShow(@PathVariable String tenant, @RequestParam(required = false) String id,
                                         @RequestParam(name = "include_datasets", required = false)
                                         String includeDatasets) {
        String wanted = required("id", id);
        Organizations.Organization organization = organizations.find(tenant, wanted)
                .orElseThrow(() -> CkanError.notFound("Organization not found"));
        return envelope(tenant, "organization_show", organization(tenant, organization,
                bool("include_datasets", includeDatasets)));
    }

    /** Any other action: CKAN answers 400 for an action it does not know. */
    @GetMapping("/{action}")
    Map<String, Object> unknown(@PathVariable String tenant, @PathVariable String action) {
        throw CkanError.unknownAction(action);
    }

    @ExceptionHandler(CkanError.class)
    ResponseEntity<Map<String, Object>> ckanError(CkanError error, jakarta.servlet.http.HttpServletRequest request) {
        return error(request, error.status(), error.error());
    }

    /** Also an unknown tenant (found before the action runs) answers in CKAN's shape. */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> apiError(ApiException error, jakarta.servlet.http.HttpServletRequest request) {
        HttpStatus status = error.status();
        String type = status == HttpStatus.NOT_FOUND ? "Not Found Error" : status.getReasonPhrase();
        return error(request, status, Map.of("__type", type, "message", status == HttpStatus.NOT_FOUND
                ? "Not found" : status.getReasonPhrase()));
    }

    private ResponseEntity<Map<String, Object>> error(jakarta.servlet.http.HttpServletRequest request,
                                                      HttpStatus status, Map<String, Object> error) {
        String path = request.getRequestURI();
        String action = path.substring(path.lastIndexOf('/') + 1);
        String[] segments = path.split("/");
        String tenant = segments.length > 2 ? segments[2] : "";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", links.ckanHelp(tenant, action));
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.status(status).body(body);
    }

    private Map<String, Object> envelope(String tenant, String action, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", links.ckanHelp(tenant, action));
        body.put("success", true);
        body.put("result", result);
        return body;
    }

    private static Map<String, Object> searchResult(List<Map<String, Object>> packages, long count, String sort) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", count);
        result.put("sort", sort == null || sort.isBlank() ? "score desc, metadata_modified desc" : sort);
        result.put("facets", Map.of());
        result.put("results", packages);
        result.put("search_facets", Map.of());
        return result;
    }

    private Map<String, Object> organization(String tenant, Organizations.Organization organization,
                                             boolean withDatasets) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", organization.id());
        result.put("name", organization.name());
        result.put("title", organization.title());
        result.put("display_name", organization.title());
        result.put("description", "");
        result.put("type", "organization");
        result.put("is_organization", true);
        result.put("state", "active");
        result.put("approval_status", "approved");
        result.put("image_url", "");
        result.put("package_count", entries.count(tenant, organization.id()));
        if (withDatasets) {
            result.put("packages", entries.find(tenant, null, organization.id(), 0, MAX_ROWS).entries().stream()
                    .map(this::pkg).toList());
        }
        return result;
    }

    private Map<String, Object> pkg(InformationEntry entry) {
        Organizations.Organization organization = organizations.of(entry.unitId());
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("id", entry.id());
        pkg.put("name", entry.id());
        pkg.put("title", entry.title());
        pkg.put("notes", entry.summary());
        pkg.put("type", "dataset");
        pkg.put("state", "active");
        pkg.put("private", false);
        pkg.put("isopen", true);
        pkg.put("license_id", "other-open");
        pkg.put("license_title", "Informasi publik (UU 14/2008)");
        pkg.put("author", entry.responsibleOfficial());
        pkg.put("maintainer", entry.responsiblePerson());
        pkg.put("url", links.entry(entry.tenant(), entry.id()));
        pkg.put("metadata_created", ckanTime(entry.createdAt()));
        pkg.put("metadata_modified", ckanTime(entry.lastUpdatedAt()));
        pkg.put("owner_org", organization.id());
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", organization.id());
        org.put("name", organization.name());
        org.put("title", organization.title());
        org.put("type", "organization");
        org.put("is_organization", true);
        org.put("state", "active");
        pkg.put("organization", org);
        String tag = Tags.of(entry.category());
        pkg.put("tags", List.of(Map.of("name", tag, "display_name", tag, "state", "active")));
        pkg.put("num_tags", 1);
        pkg.put("groups", List.of());
        List<Map<String, Object>> resources = new ArrayList<>();
        List<DocumentRef> documents = entry.documents();
        for (int i = 0; i < documents.size(); i++) {
            resources.add(resource(entry, documents.get(i), i));
        }
        pkg.put("resources", resources);
        pkg.put("num_resources", resources.size());
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(extras, "category", entry.category().name());
        extra(extras, "category_label", label("category." + entry.category()));
        extra(extras, "produced_at", entry.producedAt().toString());
        extra(extras, "produced_place", entry.producedPlace());
        extra(extras, "format", label("format." + entry.format()));
        extra(extras, "retention", entry.retention());
        if (entry.updateFrequency() != null) {
            extra(extras, "update_frequency", entry.updateFrequency().name());
        }
        pkg.put("extras", extras);
        return pkg;
    }

    private Map<String, Object> resource(InformationEntry entry, DocumentRef document, int position) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("id", document.id());
        resource.put("package_id", entry.id());
        resource.put("name", document.filename());
        resource.put("url", links.document(entry.tenant(), entry.id(), document.id()));
        resource.put("format", format(document.contentType()));
        resource.put("mimetype", document.contentType());
        resource.put("size", document.size());
        resource.put("hash", "sha256:" + document.sha256());
        resource.put("created", ckanTime(document.uploadedAt()));
        resource.put("last_modified", ckanTime(document.uploadedAt()));
        resource.put("position", position);
        resource.put("state", "active");
        resource.put("url_type", "");
        return resource;
    }

    /** The short format name CKAN shows (PDF, CSV, XLSX …) from the detected content type. */
    static String format(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case "text/csv" -> "CSV";
            case "text/plain" -> "TXT";
            case "application/msword" -> "DOC";
            case "application/vnd.ms-excel" -> "XLS";
            case "application/vnd.ms-powerpoint" -> "PPT";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "PPTX";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
            case "application/vnd.oasis.opendocument.presentation" -> "ODP";
            default -> contentType.substring(contentType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
        };
    }

    /** CKAN's timestamps: ISO local date-time in UTC without a zone designator. */
    private static String ckanTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static void extra(List<Map<String, Object>> extras, String key, String value) {
        extras.add(Map.of("key", key, "value", value));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, PlatformAutoConfiguration.INDONESIAN);
    }

    /** A Solr timestamp as harvesters send it ({@code 2026-01-01T00:00:00Z}, with or without fraction or zone). */
    private static Instant timestamp(String value) {
        try {
            return value.endsWith("Z") ? Instant.parse(value)
                    : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CkanError.validation("fq", "Invalid metadata_modified timestamp: " + value);
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CkanError.validation(field, "Missing value");
        }
        return value.strip();
    }

    private static int integer(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 0) {
                throw CkanError.validation(field, "Must be a natural number");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw CkanError.validation(field, "Invalid integer");
        }
    }

    private static boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw CkanError.validation(field, "Invalid boolean");
        };
    }

    /** Tags of packages: the category, as CKAN tag names. */
    static final class Tags {
        private Tags() {
        }

        static String of(Category category) {
            return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Category category(String tag) {
            for (Category category : Category.values()) {
                if (category != Category.DIKECUALIKAN && of(category).equals(tag.toLowerCase(Locale.ROOT))) {
                    return category;
                }
            }
            return null;
        }
    }
}
