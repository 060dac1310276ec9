package id.terbuka.catalogue.information;

import id.terbuka.events.contracts.catalogue.DocumentAdded;
import id.terbuka.events.contracts.catalogue.EntryBecameStale;
import id.terbuka.events.contracts.catalogue.EntryExcluded;
import id.terbuka.events.contracts.catalogue.EntryPublished;
import id.terbuka.events.contracts.catalogue.EntryUpdated;
import id.terbuka.events.contracts.catalogue.EntryWithdrawn;
import id.terbuka.events.contracts.catalogue.ExclusionReviewDue;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a tenant's Daftar Informasi Publik (Perki 1/2021: ringkasan, pejabat/unit, penanggung jawab, waktu
 * dan tempat pembuatan, bentuk, retensi) with its category, documents and history. Every change keeps a revision
 * (who, when, which fields); a withdrawn entry leaves the public list but stays on record.
 */
@Document(InformationEntry.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "tenant_status_updated", def = "{'tenant': 1, 'status': 1, 'lastUpdatedAt': -1}"),
        @CompoundIndex(name = "tenant_unit", def = "{'tenant': 1, 'unitId': 1}")})
public class InformationEntry extends AggregateRoot {

    public static final String COLLECTION = "information_entries";

    @Id
    private String id;
    private String tenant;
    private String unitId;
    private String title;
    private String summary;
    private Category category;
    private String responsibleOfficial;
    private String responsiblePerson;
    private LocalDate producedAt;
    private String producedPlace;
    private InformationFormat format;
    private String retention;
    private UpdateFrequency updateFrequency;
    private Exclusion exclusion;
    /** Year of production, for the {@code year} filter. */
    private int year;
    private EntryStatus status;
    private Instant createdAt;
    private String createdBy;
    private Instant lastUpdatedAt;
    private Withdrawal withdrawal;
    private List<DocumentRef> documents = new ArrayList<>();
    private List<Revision> revisions = new ArrayList<>();
    /** When the current lapse (since {@code lastUpdatedAt}) was announced; null until then, reset by an update. */
    private Instant lapseReportedAt;
    /** When the end of the current exclusion was announced; null until then, reset when the exclusion changes. */
    private Instant exclusionReviewReportedAt;

    private InformationEntry() {
    }

    /** A new entry from a checked form; publishing a SERTA_MERTA entry is announced as urgent. */
    public static InformationEntry create(String id, String tenant, EntryForm form, String by, Instant now) {
        InformationEntry entry = new InformationEntry();
        entry.id = id;
        entry.tenant = tenant;
        entry.status = EntryStatus.ACTIVE;
        entry.createdAt = now;
        entry.createdBy = by;
        entry.lastUpdatedAt = now;
        List<String> fields = entry.apply(form);
        entry.revisions.add(new Revision(1, "CREATED", now, by, fields));
        if (entry.category == Category.DIKECUALIKAN) {
            entry.recordExcluded(now);
        } else {
            entry.recordEvent(EntryPublished.TYPE, tenant, new EntryPublished(id, tenant, entry.unitId, entry.title,
                    entry.category.name(), entry.category == Category.SERTA_MERTA, now), now);
        }
        return entry;
    }

    /**
     * Replaces the content with a checked form. Returns the API names of the fields that changed; nothing changed
     * means no revision and no event.
     */
    public List<String> update(EntryForm form, String by, Instant now) {
        requireActive();
        Category before = category;
        List<String> changed = apply(form);
        if (changed.isEmpty()) {
            return changed;
        }
        lastUpdatedAt = now;
        lapseReportedAt = null;
        if (changed.contains("exclusion") || changed.contains("category")) {
            exclusionReviewReportedAt = null;
        }
        revisions.add(new Revision(revision() + 1, "UPDATED", now, by, changed));
        recordEvent(EntryUpdated.TYPE, tenant, new EntryUpdated(id, tenant, unitId, category.name(), revision(),
                changed, now), now);
        if (category == Category.DIKECUALIKAN && (before != Category.DIKECUALIKAN || changed.contains("exclusion"))) {
            recordExcluded(now);
        }
        return changed;
    }

    public void withdraw(String reason, String by, Instant now) {
        requireActive();
        status = EntryStatus.WITHDRAWN;
        withdrawal = new Withdrawal(reason, now, by);
        revisions.add(new Revision(revision() + 1, "WITHDRAWN", now, by, List.of("status")));
        recordEvent(EntryWithdrawn.TYPE, tenant, new EntryWithdrawn(id, tenant, unitId, reason, now), now);
    }

    /** A new file counts as an update of the information: it renews {@code lastUpdatedAt}. */
    public void addDocument(DocumentRef document, Instant now) {
        requireActive();
        documents.add(document);
        lastUpdatedAt = now;
        lapseReportedAt = null;
        revisions.add(new Revision(revision() + 1, "DOCUMENT_ADDED", now, document.uploadedBy(), List.of("documents")));
        recordEvent(DocumentAdded.TYPE, tenant, new DocumentAdded(id, tenant, unitId, document.id(),
                document.filename(), document.contentType(), document.size(), document.sha256(),
                category != Category.DIKECUALIKAN, now), now);
    }

    /** A BERKALA entry whose last update is older than its update frequency. */
    public boolean stale(Instant now) {
        return status == EntryStatus.ACTIVE && category == Category.BERKALA && updateFrequency != null
                && updateFrequency.lapsed(lastUpdatedAt, now);
    }

    /**
     * Announces {@code entry-became-stale} when the entry has lapsed and this lapse was not announced yet. Returns
     * whether it did; the caller saves the entry conditionally (optimistic lock), so of two replicas only one wins.
     */
    public boolean reportLapseIfDue(Instant now) {
        if (!stale(now) || lapseReportedAt != null) {
            return false;
        }
        lapseReportedAt = now;
        Instant staleSince = lastUpdatedAt.atOffset(ZoneOffset.UTC).plus(updateFrequency.period()).toInstant();
        recordEvent(EntryBecameStale.TYPE, tenant, new EntryBecameStale(id, tenant, unitId, title,
                updateFrequency.name(), lastUpdatedAt, staleSince, now), now);
        return true;
    }

    /**
     * Announces {@code exclusion-review-due} when the exclusion's last day is before {@code today} (the tenant's
     * date) and this end was not announced yet. Returns whether it did.
     */
    public boolean reportExclusionEndIfDue(LocalDate today, Instant now) {
        if (status != EntryStatus.ACTIVE || category != Category.DIKECUALIKAN || exclusion == null
                || exclusion.excludedUntil() == null || !exclusion.excludedUntil().isBefore(today)
                || exclusionReviewReportedAt != null) {
            return false;
        }
        exclusionReviewReportedAt = now;
        recordEvent(ExclusionReviewDue.TYPE, tenant, new ExclusionReviewDue(id, tenant, unitId, title,
                exclusion.legalBasis().name(), exclusion.excludedUntil(), exclusion.decisionNumber(), now), now);
        return true;
    }

    public Instant lapseReportedAt() {
        return lapseReportedAt;
    }

    public Instant exclusionReviewReportedAt() {
        return exclusionReviewReportedAt;
    }

    public Optional<DocumentRef> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /** The content as a form, the base a PATCH is merged onto. */
    public EntryForm toForm() {
        return new EntryForm(unitId, title, summary, category, responsibleOfficial, responsiblePerson, producedAt,
                producedPlace, format, retention, updateFrequency, ExclusionForm.of(exclusion));
    }

    private List<String> apply(EntryForm form) {
        Map<String, Object[]> values = new LinkedHashMap<>();
        values.put("unitId", new Object[]{unitId, form.unitId().strip()});
        values.put("title", new Object[]{title, form.title().strip()});
        values.put("summary", new Object[]{summary, form.summary().strip()});
        values.put("category", new Object[]{category, form.category()});
        values.put("responsibleOfficial", new Object[]{responsibleOfficial, form.responsibleOfficial().strip()});
        values.put("responsiblePerson", new Object[]{responsiblePerson, form.responsiblePerson().strip()});
        values.put("producedAt", new Object[]{producedAt, form.producedAt()});
        values.put("producedPlace", new Object[]{producedPlace, form.producedPlace().strip()});
        values.put("format", new Object[]{format, form.format()});
        values.put("retention", new Object[]{retention, form.retention().strip()});
        values.put("updateFrequency", new Object[]{updateFrequency, form.updateFrequency()});
        values.put("exclusion", new Object[]{exclusion,
                form.exclusion() == null ? null : form.exclusion().toExclusion()});
        List<String> changed = new ArrayList<>();
        values.forEach((field, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changed.add(field);
            }
        });
        unitId = (String) values.get("unitId")[1];
        title = (String) values.get("title")[1];
        summary = (String) values.get("summary")[1];
        category = form.category();
        responsibleOfficial = (String) values.get("responsibleOfficial")[1];
        responsiblePerson = (String) values.get("responsiblePerson")[1];
        producedAt = form.producedAt();
        producedPlace = (String) values.get("producedPlace")[1];
        format = form.format();
        retention = (String) values.get("retention")[1];
        updateFrequency = form.updateFrequency();
        exclusion = (Exclusion) values.get("exclusion")[1];
        year = producedAt.getYear();
        return changed;
    }

    private void recordExcluded(Instant now) {
        recordEvent(EntryExcluded.TYPE, tenant, new EntryExcluded(id, tenant, unitId, title,
                exclusion.legalBasis().name(), exclusion.excludedUntil(), exclusion.decisionNumber(),
                exclusion.decidedAt(), now), now);
    }

    private void requireActive() {
        if (status == EntryStatus.WITHDRAWN) {
            throw ApiException.conflict("entry-withdrawn", id);
        }
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public int revision() {
        return revisions.size();
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Category category() {
        return category;
    }

    public String responsibleOfficial() {
        return responsibleOfficial;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate producedAt() {
        return producedAt;
    }

    public String producedPlace() {
        return producedPlace;
    }

    public InformationFormat format() {
        return format;
    }

    public String retention() {
        return retention;
    }

    public UpdateFrequency updateFrequency() {
        return updateFrequency;
    }

    public Exclusion exclusion() {
        return exclusion;
    }

    public int year() {
        return year;
    }

    public EntryStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastUpdatedAt() {
        return lastUpdatedAt;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public List<DocumentRef> documents() {
        return List.copyOf(documents);
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }
}
