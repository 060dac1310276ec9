package id.terbuka.catalogue.information;

import id.terbuka.catalogue.document.DocumentStore;
import id.terbuka.catalogue.document.DocumentTexts;
import id.terbuka.catalogue.document.StoredDocument;
import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Creates, changes and finds DIP entries and their documents; keeps the search index current with every write. */
@Service
public class EntryService {

    private static final int SAVE_ATTEMPTS = 3;

    private final InformationEntryRepository entries;
    private final MongoTemplate mongo;
    private final DocumentStore documents;
    private final DocumentTexts texts;
    private final SearchIndex index;
    private final LocalUnitDirectory units;
    private final Validator validator;
    private final MessageSource messages;
    private final TenantCalendars calendars;
    private final Clock clock;

    EntryService(InformationEntryRepository entries, MongoTemplate mongo, DocumentStore documents,
                 DocumentTexts texts, SearchIndex index, LocalUnitDirectory units, Validator validator,
                 MessageSource messages, TenantCalendars calendars, Clock clock) {
        this.entries = entries;
        this.mongo = mongo;
        this.documents = documents;
        this.texts = texts;
        this.index = index;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
        this.calendars = calendars;
        this.clock = clock;
    }

    public InformationEntry create(String tenant, EntryForm form, Caller caller) {
        check(tenant, form);
        InformationEntry entry = InformationEntry.create(UUID.randomUUID().toString(), tenant, form,
                caller.subject(), now());
        entry = entries.insert(entry);
        index.index(entry);
        return entry;
    }

    /** The entry of this tenant; 404 otherwise (an entry of another tenant does not exist here). */
    public InformationEntry get(String tenant, String id) {
        return entries.findById(id).filter(e -> e.tenant().equals(tenant))
                .orElseThrow(() -> ApiException.notFound("Informasi", id));
    }

    /** PUT: the whole content. */
    public InformationEntry replace(InformationEntry entry, EntryForm form, Caller caller) {
        check(entry.tenant(), form);
        return save(entry, e -> e.update(form, caller.subject(), now()));
    }

    /** PATCH: the given fields merged onto the entry, then checked as a whole. */
    public InformationEntry patch(InformationEntry entry, EntryForm changes, Caller caller) {
        EntryForm merged = entry.toForm().patch(changes);
        check(entry.tenant(), merged);
        return save(entry, e -> e.update(merged, caller.subject(), now()));
    }

    public InformationEntry withdraw(InformationEntry entry, WithdrawalForm form, Caller caller) {
        validate(form);
        return save(entry, e -> {
            e.withdraw(form.reason().strip(), caller.subject(), now());
            return null;
        });
    }

    /**
     * Streams the file into GridFS (type and size checked on the way) and attaches it to the entry. Should the entry
     * not take it (withdrawn meanwhile, or the save fails) the stored file is deleted again.
     */
    public DocumentRef addDocument(InformationEntry entry, InputStream content, String originalName,
                                   long declaredSize, Caller caller) throws IOException {
        if (entry.status() == EntryStatus.WITHDRAWN) {
            throw ApiException.conflict("entry-withdrawn", entry.id());
        }
        String filename = FileNames.clean(originalName);
        StoredDocument stored = documents.store(content, filename, declaredSize,
                Map.of("tenant", entry.tenant(), "entryId", entry.id()));
        DocumentRef document = new DocumentRef(stored.id(), stored.filename(), stored.contentType(), stored.size(),
                stored.sha256(), now(), caller.subject());
        try {
            // the text first, so that the save's re-indexing includes it
            texts.extractAndKeep(stored.id(), stored.filename(), entry.tenant(), entry.id());
            save(entry, e -> {
                e.addDocument(document, document.uploadedAt());
                return null;
            });
        } catch (RuntimeException e) {
            documents.delete(stored.id());
            texts.delete(stored.id());
            throw e;
        }
        return document;
    }

    /**
     * One page of the public list, with highlights (only with {@code q}) and facet counts over all matches.
     *
     * @param highlights by entry id
     */
    public record Listing(Page<InformationEntry> page, Map<String, SearchIndex.Highlight> highlights,
                          SearchIndex.Facets facets) {
    }

    /**
     * Public list from the search index: active entries ranked by relevance with {@code q} (every searchable word
     * must match), newest update first without; the entries come from the index too (see {@link SearchIndex}).
     */
    public Listing list(String tenant, String q, Category category, String unit, Integer year, int page, int size) {
        PageRequest pageable = PageRequest.of(page, size);
        SearchIndex.Result result = index.find(new SearchIndex.Filter(tenant, category, unit, year, false), q,
                page * size, size, true);
        return new Listing(new PageImpl<>(result.entries(), pageable, result.total()), result.highlights(),
                result.facets());
    }

    /** Withdrawn entries of the tenant (of one unit if given), newest withdrawal first. */
    public Page<InformationEntry> withdrawn(String tenant, String unit, int page, int size) {
        Criteria criteria = Criteria.where("tenant").is(tenant).and("status").is(EntryStatus.WITHDRAWN);
        if (unit != null) {
            criteria = criteria.and("unitId").is(unit);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, InformationEntry.class);
        PageRequest pageable = PageRequest.of(page, size);
        query.with(pageable).with(Sort.by(Sort.Order.desc("withdrawal.at"), Sort.Order.asc("_id")));
        query.fields().exclude(AggregateRoot.OUTBOX_FIELD);
        return new PageImpl<>(mongo.find(query, InformationEntry.class), pageable, total);
    }

    /** Milliseconds, as MongoDB stores them: what a response says equals what a later read returns. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Applies a change and saves; on a concurrent change of the same entry the change is applied again to a fresh
     * copy (it is a function of the entry, so replaying it is safe).
     */
    private InformationEntry save(InformationEntry entry, Function<InformationEntry, ?> change) {
        InformationEntry current = entry;
        for (int attempt = 1; ; attempt++) {
            change.apply(current);
            try {
                InformationEntry saved = entries.save(current);
                index.index(saved);
                return saved;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= SAVE_ATTEMPTS) {
                    throw e;
                }
                current = get(entry.tenant(), entry.id());
            }
        }
    }

    private void check(String tenant, EntryForm form) {
        List<FieldProblem> problems = violations(form);
        if (form.category() == Category.BERKALA && form.updateFrequency() == null) {
            problems.add(new FieldProblem("updateFrequency", text("entry.updateFrequency.required")));
        }
        if (form.category() != null && form.category() != Category.BERKALA && form.updateFrequency() != null) {
            problems.add(new FieldProblem("updateFrequency", text("entry.updateFrequency.onlyBerkala")));
        }
        if (form.category() == Category.DIKECUALIKAN && form.exclusion() == null) {
            problems.add(new FieldProblem("exclusion", text("entry.exclusion.required")));
        }
        if (form.category() != null && form.category() != Category.DIKECUALIKAN && form.exclusion() != null) {
            problems.add(new FieldProblem("exclusion", text("entry.exclusion.onlyExcluded")));
        }
        // "not in the future" means the tenant's own today (WIB/WITA/WIT), not the server's
        LocalDate today = calendars.forTenant(tenant).localDate(clock.instant());
        if (form.producedAt() != null && form.producedAt().isAfter(today)) {
            problems.add(new FieldProblem("producedAt", text("entry.date.future")));
        }
        ExclusionForm exclusion = form.exclusion();
        if (exclusion != null && exclusion.decidedAt() != null && exclusion.decidedAt().isAfter(today)) {
            problems.add(new FieldProblem("exclusion.decidedAt", text("entry.date.future")));
        }
        if (exclusion != null && exclusion.legalBasis() != null) {
            if (exclusion.excludedUntil() == null && !exclusion.legalBasis().permanent()) {
                problems.add(new FieldProblem("exclusion.excludedUntil", text("entry.excludedUntil.required")));
            }
            if (exclusion.excludedUntil() != null && exclusion.decidedAt() != null
                    && !exclusion.excludedUntil().isAfter(exclusion.decidedAt())) {
                problems.add(new FieldProblem("exclusion.excludedUntil", text("entry.excludedUntil.afterDecision")));
            }
        }
        if (form.unitId() != null && !form.unitId().isBlank() && !units.isActiveUnit(tenant, form.unitId().strip())) {
            problems.add(new FieldProblem("unitId", text("entry.unit.unknown", form.unitId())));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ApiException.invalid(problems);
        }
    }

    private void validate(Object form) {
        List<FieldProblem> problems = violations(form);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private List<FieldProblem> violations(Object form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return problems;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
