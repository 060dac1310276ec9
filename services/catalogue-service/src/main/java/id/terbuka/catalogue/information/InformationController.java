package id.terbuka.catalogue.information;

import id.terbuka.catalogue.document.DocumentStore;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The Daftar Informasi Publik (API.md, Catalogue). Reading is public; PPID utama writes for every unit of its
 * tenant, PPID pelaksana only for its own unit. Documents of excluded (and withdrawn) entries are served to PPID
 * staff only; for everyone else they do not exist (404).
 */
@RestController
@RequestMapping("/api/v1/{tenant}/information")
class InformationController {

    private static final Role[] WRITERS = {Role.PPID_UTAMA, Role.PPID_PELAKSANA};
    /** Who sees an entry's closed parts (see {@link EntryViews#isPpidOf}). */
    private static final Role[] STAFF = {Role.PPID_UTAMA, Role.ATASAN_PPID, Role.PPID_PELAKSANA};
    private static final Role[] TENANT_WIDE_STAFF = {Role.PPID_UTAMA, Role.ATASAN_PPID};
    /** Shown in the browser; every other allowed type is offered as a download. */
    private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "text/plain");

    private final EntryService service;
    private final EntryViews views;
    private final DocumentStore documents;
    private final SearchFacets facets;
    private final Access access;

    InformationController(EntryService service, EntryViews views, DocumentStore documents, SearchFacets facets,
                          Access access) {
        this.service = service;
        this.views = views;
        this.documents = documents;
        this.facets = facets;
        this.access = access;
    }

    /**
     * The platform's page shape plus {@code facets}: counts per category, unit and year over all matches, most
     * first; items of a text search carry {@code highlight}.
     */
    @GetMapping
    SearchPage list(@PathVariable String tenant,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) Category category,
                                            @RequestParam(required = false) String unit,
                                            @RequestParam(required = false) Integer year,
                                            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = access.current().orElse(null);
        EntryService.Listing result = service.list(tenant, blankToNull(q), category, blankToNull(unit), year, page,
                size);
        var now = service.now();
        PageResponse<EntryViews.EntryView> items = PageResponse.of(result.page(),
                entry -> views.view(entry, caller, now, result.highlights().get(entry.id())));
        return new SearchPage(items.items(), items.page(), items.size(), items.totalItems(), items.totalPages(),
                facets.view(result.facets()));
    }

    public record SearchPage(List<EntryViews.EntryView> items, int page, int size, long totalItems, int totalPages,
                             SearchFacets.FacetsView facets) {
    }

    /**
     * Withdrawn entries of the tenant, newest withdrawal first, with their reasons and history: what went off the
     * public list stays on record for the PPID (a pelaksana sees its own unit's). {@code unit} narrows the list.
     */
    @GetMapping("/withdrawn")
    PageResponse<EntryViews.EntryView> withdrawn(@PathVariable String tenant,
                                                 @RequestParam(required = false) String unit,
                                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = access.require(tenant, STAFF);
        String scope = blankToNull(unit);
        if (!caller.hasAny(TENANT_WIDE_STAFF)) {
            scope = scope == null ? caller.unit() : scope;
            access.requireUnit(caller, scope, TENANT_WIDE_STAFF);
        }
        var now = service.now();
        return PageResponse.of(service.withdrawn(tenant, scope, page, size), entry -> views.view(entry, caller, now));
    }

    @GetMapping("/{id}")
    EntryViews.EntryView one(@PathVariable String tenant, @PathVariable String id) {
        return views.view(service.get(tenant, id), access.current().orElse(null), service.now());
    }

    @PostMapping
    ResponseEntity<EntryViews.EntryView> create(@PathVariable String tenant, @RequestBody EntryForm form) {
        Caller caller = access.require(tenant, WRITERS);
        requireUnit(caller, form.unitId());
        InformationEntry entry = service.create(tenant, form, caller);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(entry.id()).toUri()).body(views.view(entry, caller, service.now()));
    }

    @PutMapping("/{id}")
    EntryViews.EntryView replace(@PathVariable String tenant, @PathVariable String id, @RequestBody EntryForm form) {
        Caller caller = access.require(tenant, WRITERS);
        InformationEntry entry = writable(caller, tenant, id);
        requireUnit(caller, form.unitId());
        return views.view(service.replace(entry, form, caller), caller, service.now());
    }

    @PatchMapping("/{id}")
    EntryViews.EntryView patch(@PathVariable String tenant, @PathVariable String id, @RequestBody EntryForm changes) {
        Caller caller = access.require(tenant, WRITERS);
        InformationEntry entry = writable(caller, tenant, id);
        requireUnit(caller, changes.unitId());
        return views.view(service.patch(entry, changes, caller), caller, service.now());
    }

    /** Takes the entry off the public list; it stays on record (GET by id) with the reason. */
    @PostMapping("/{id}/withdrawal")
    EntryViews.EntryView withdraw(@PathVariable String tenant, @PathVariable String id,
                                  @RequestBody WithdrawalForm form) {
        Caller caller = access.require(tenant, WRITERS);
        InformationEntry entry = writable(caller, tenant, id);
        return views.view(service.withdraw(entry, form, caller), caller, service.now());
    }

    /** Multipart upload, part {@code file}; streamed to GridFS. 201 with id, detected type, size and SHA-256. */
    @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EntryViews.DocumentView> upload(@PathVariable String tenant, @PathVariable String id,
                                                   @RequestPart("file") MultipartFile file) throws IOException {
        Caller caller = access.require(tenant, WRITERS);
        InformationEntry entry = writable(caller, tenant, id);
        DocumentRef document;
        try (InputStream content = file.getInputStream()) {
            document = service.addDocument(entry, content, file.getOriginalFilename(), file.getSize(), caller);
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{docId}")
                .buildAndExpand(document.id()).toUri();
        return ResponseEntity.created(location).body(new EntryViews.DocumentView(document.id(), document.filename(),
                document.contentType(), document.size(), document.sha256(), document.uploadedAt(),
                location.getPath()));
    }

    /**
     * The file with its detected type, name, {@code ETag} (the SHA-256; {@code If-None-Match} gives 304) and byte
     * ranges ({@code Range} gives 206).
     */
    @GetMapping("/{id}/documents/{docId}")
    ResponseEntity<Resource> download(@PathVariable String tenant, @PathVariable String id,
                                      @PathVariable String docId) {
        InformationEntry entry = service.get(tenant, id);
        Caller caller = access.current().orElse(null);
        DocumentRef document = entry.document(docId)
                .filter(d -> EntryViews.mayReadDocuments(entry, caller))
                .orElseThrow(() -> ApiException.notFound("Dokumen", docId));
        ContentDisposition disposition = (INLINE.contains(document.contentType()) ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(document.filename(), StandardCharsets.UTF_8).build();
        CacheControl cache = EntryViews.documentsPublic(entry) ? CacheControl.noCache()
                : CacheControl.noStore().cachePrivate();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(document.sha256())
                .cacheControl(cache)
                .body(documents.resource(document.id(), document.filename(), document.size()));
    }

    private InformationEntry writable(Caller caller, String tenant, String id) {
        InformationEntry entry = service.get(tenant, id);
        access.requireUnit(caller, entry.unitId(), Role.PPID_UTAMA);
        return entry;
    }

    /** A pelaksana may only name its own unit; a missing unit is left to the form check (400). */
    private void requireUnit(Caller caller, String unitId) {
        if (unitId != null && !unitId.isBlank()) {
            access.requireUnit(caller, unitId.strip(), Role.PPID_UTAMA);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
