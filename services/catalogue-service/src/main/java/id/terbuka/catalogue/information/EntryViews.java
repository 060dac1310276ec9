package id.terbuka.catalogue.information;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What callers see of an entry. Everyone sees the metadata and, for DIKECUALIKAN, the exclusion; the documents of
 * an excluded or withdrawn entry and the revision history only PPID staff of the tenant (PPID utama, atasan PPID, or
 * the PPID pelaksana of the entry's unit).
 */
@Component
public class EntryViews {

    private final MessageSource messages;

    EntryViews(MessageSource messages) {
        this.messages = messages;
    }

    /** PPID staff of the entry's tenant who may see its closed parts. */
    public static boolean isPpidOf(InformationEntry entry, Caller caller) {
        if (caller == null || caller.client() || !entry.tenant().equals(caller.tenant())) {
            return false;
        }
        return caller.hasAny(Role.PPID_UTAMA, Role.ATASAN_PPID)
                || caller.has(Role.PPID_PELAKSANA) && entry.unitId().equals(caller.unit());
    }

    /** Whether the caller may download this entry's files: public ones for everyone, closed ones for PPID staff. */
    public static boolean mayReadDocuments(InformationEntry entry, Caller caller) {
        return documentsPublic(entry) || isPpidOf(entry, caller);
    }

    static boolean documentsPublic(InformationEntry entry) {
        return entry.category() != Category.DIKECUALIKAN && entry.status() == EntryStatus.ACTIVE;
    }

    public EntryView view(InformationEntry entry, Caller caller, Instant now) {
        return view(entry, caller, now, null);
    }

    /** @param highlight the search snippets of this entry, or null outside a text search */
    public EntryView view(InformationEntry entry, Caller caller, Instant now, SearchIndex.Highlight highlight) {
        boolean staff = isPpidOf(entry, caller);
        boolean documentsVisible = documentsPublic(entry) || staff;
        String base = "/api/v1/" + entry.tenant() + "/information/" + entry.id() + "/documents/";
        List<DocumentView> documents = documentsVisible ? entry.documents().stream()
                .map(d -> new DocumentView(d.id(), d.filename(), d.contentType(), d.size(), d.sha256(), d.uploadedAt(),
                        base + d.id()))
                .toList() : List.of();
        Exclusion exclusion = entry.exclusion();
        // resolved once: each resolution re-reads and re-validates the Accept-Language header
        Locale locale = LocaleContextHolder.getLocale();
        return new EntryView(entry.id(), entry.unitId(), entry.title(), entry.summary(), entry.category(),
                label("category." + entry.category(), locale), entry.responsibleOfficial(), entry.responsiblePerson(),
                entry.producedAt(), entry.producedPlace(), entry.format(), label("format." + entry.format(), locale),
                entry.retention(), entry.updateFrequency(),
                entry.updateFrequency() == null ? null : label("frequency." + entry.updateFrequency(), locale),
                entry.category() == Category.BERKALA ? entry.stale(now) : null,
                entry.lastUpdatedAt(), entry.createdAt(), entry.status(), label("status." + entry.status(), locale),
                entry.withdrawal() == null ? null
                        : new WithdrawalView(entry.withdrawal().reason(), entry.withdrawal().at()),
                exclusion == null ? null : new ExclusionView(exclusion.legalBasis(),
                        label("legalBasis." + exclusion.legalBasis(), locale), exclusion.consequence(),
                        exclusion.publicInterestTest(), exclusion.excludedUntil(), exclusion.decisionNumber(),
                        exclusion.decidedAt()),
                documents, entry.revision(),
                staff ? entry.revisions() : null, highlight);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /**
     * @param stale             only for BERKALA: the last update is older than the update frequency
     * @param documents         empty for callers who may not see the files (excluded or withdrawn entries)
     * @param revisions         only for PPID staff
     * @param highlight         only in a text search: title, summary and document text snippets, HTML-escaped,
     *                          the matched words in {@code <mark>}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryView(String id, String unitId, String title, String summary, Category category,
                            String categoryLabel, String responsibleOfficial, String responsiblePerson,
                            LocalDate producedAt, String producedPlace, InformationFormat format, String formatLabel,
                            String retention, UpdateFrequency updateFrequency, String updateFrequencyLabel,
                            Boolean stale, Instant lastUpdatedAt, Instant createdAt, EntryStatus status,
                            String statusLabel, WithdrawalView withdrawal, ExclusionView exclusion,
                            List<DocumentView> documents, int revision,
                            List<Revision> revisions, SearchIndex.Highlight highlight) {
    }

    public record DocumentView(String id, String filename, String contentType, long size, String sha256,
                               Instant uploadedAt, String url) {
    }

    public record WithdrawalView(String reason, Instant withdrawnAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExclusionView(LegalBasis legalBasis, String legalBasisLabel, String consequence,
                                String publicInterestTest, LocalDate excludedUntil, String decisionNumber,
                                LocalDate decidedAt) {
    }
}
