package id.terbuka.catalogue.information;

import id.terbuka.events.contracts.catalogue.DocumentAdded;
import id.terbuka.events.contracts.catalogue.EntryBecameStale;
import id.terbuka.events.contracts.catalogue.ExclusionReviewDue;
import id.terbuka.events.contracts.catalogue.EntryExcluded;
import id.terbuka.events.contracts.catalogue.EntryPublished;
import id.terbuka.events.contracts.catalogue.EntryUpdated;
import id.terbuka.events.contracts.catalogue.EntryWithdrawn;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class InformationEntryTest {

    static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    public static EntryForm berkala() {
        return new EntryForm("unit-a", "Laporan Realisasi Anggaran 2025", "Ringkasan realisasi APBD tahun 2025",
                Category.BERKALA, "Kepala Badan Keuangan", "Sekretaris Badan", LocalDate.of(2026, 1, 2), "Sangatta",
                InformationFormat.BOTH, "5 tahun aktif, 5 tahun inaktif", UpdateFrequency.QUARTERLY, null);
    }

    public static EntryForm category(EntryForm form, Category category, UpdateFrequency frequency, ExclusionForm exclusion) {
        return new EntryForm(form.unitId(), form.title(), form.summary(), category, form.responsibleOfficial(),
                form.responsiblePerson(), form.producedAt(), form.producedPlace(), form.format(), form.retention(),
                frequency, exclusion);
    }

    public static ExclusionForm exclusion() {
        return new ExclusionForm(LegalBasis.A, "Membuka informasi menghambat penyidikan",
                "Kepentingan publik lebih besar bila ditutup", LocalDate.of(2031, 1, 1), "188.4/12/PPID/2026",
                LocalDate.of(2026, 1, 3));
    }

    static InformationEntry created(EntryForm form) {
        return InformationEntry.create("entry-1", "kutai-timur", form, "user-1", T0);
    }

    @Test
    void publishingAnnouncesTheEntryAndMarksSertaMertaUrgent() {
        InformationEntry berkala = created(berkala());
        assertThat(types(berkala)).containsExactly(EntryPublished.TYPE.type());
        assertThat(berkala.pendingEvents().getFirst().payload()).contains("\"urgent\":false");

        InformationEntry flood = created(category(berkala(), Category.SERTA_MERTA, null, null));
        assertThat(flood.pendingEvents().getFirst().payload()).contains("\"urgent\":true", "SERTA_MERTA");
        assertThat(flood.revision()).isEqualTo(1);
        assertThat(flood.revisions().getFirst().kind()).isEqualTo("CREATED");
        assertThat(flood.year()).isEqualTo(2026);
    }

    @Test
    void anExcludedEntryIsAnnouncedAsExcludedNotPublished() {
        InformationEntry excluded = created(category(berkala(), Category.DIKECUALIKAN, null, exclusion()));
        assertThat(types(excluded)).containsExactly(EntryExcluded.TYPE.type());
        assertThat(excluded.pendingEvents().getFirst().payload()).contains("\"legalBasis\":\"A\"",
                "188.4/12/PPID/2026");
    }

    @Test
    void anUpdateKeepsARevisionNamingWhoWhenAndWhichFields() {
        InformationEntry entry = created(berkala());
        Instant later = T0.plusSeconds(3600);
        EntryForm changed = entry.toForm().patch(new EntryForm(null, null, "Ringkasan baru", null, null, null, null,
                null, null, "10 tahun", null, null));
        List<String> fields = entry.update(changed, "user-2", later);

        assertThat(fields).containsExactly("summary", "retention");
        Revision revision = entry.revisions().getLast();
        assertThat(revision.number()).isEqualTo(2);
        assertThat(revision.by()).isEqualTo("user-2");
        assertThat(revision.at()).isEqualTo(later);
        assertThat(revision.fields()).containsExactly("summary", "retention");
        assertThat(entry.lastUpdatedAt()).isEqualTo(later);
        assertThat(types(entry)).containsExactly(EntryPublished.TYPE.type(), EntryUpdated.TYPE.type());
        assertThat(entry.pendingEvents().getLast().payload()).contains("\"changedFields\":[\"summary\",\"retention\"]");
    }

    @Test
    void anUpdateWithoutChangesLeavesNoRevision() {
        InformationEntry entry = created(berkala());
        assertThat(entry.update(berkala(), "user-2", T0.plusSeconds(60))).isEmpty();
        assertThat(entry.revision()).isEqualTo(1);
        assertThat(entry.lastUpdatedAt()).isEqualTo(T0);
        assertThat(entry.pendingEvents()).hasSize(1);
    }

    @Test
    void changingToDikecualikanAnnouncesTheExclusionAndLeavingBerkalaDropsTheFrequency() {
        InformationEntry entry = created(berkala());
        EntryForm merged = entry.toForm().patch(new EntryForm(null, null, null, Category.DIKECUALIKAN, null, null,
                null, null, null, null, null, exclusion()));
        assertThat(merged.updateFrequency()).isNull();
        entry.update(merged, "user-2", T0.plusSeconds(60));
        assertThat(types(entry)).containsExactly(EntryPublished.TYPE.type(), EntryUpdated.TYPE.type(),
                EntryExcluded.TYPE.type());
        assertThat(entry.revisions().getLast().fields()).contains("category", "updateFrequency", "exclusion");
    }

    @Test
    void aWithdrawnEntryStaysOnRecordButCannotChange() {
        InformationEntry entry = created(berkala());
        entry.withdraw("Digantikan versi revisi", "user-2", T0.plusSeconds(60));
        assertThat(entry.status()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(entry.withdrawal().reason()).isEqualTo("Digantikan versi revisi");
        assertThat(types(entry)).endsWith(EntryWithdrawn.TYPE.type());
        assertThatThrownBy(() -> entry.update(berkala(), "user-2", T0.plusSeconds(120)))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).typeSlug())
                .isEqualTo("entry-withdrawn");
        assertThatThrownBy(() -> entry.withdraw("lagi", "user-2", T0.plusSeconds(120)))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aDocumentRenewsTheEntryAndSaysWhetherTheFileIsPublic() {
        InformationEntry entry = created(category(berkala(), Category.DIKECUALIKAN, null, exclusion()));
        Instant later = T0.plusSeconds(600);
        entry.addDocument(new DocumentRef("doc-1", "bap.pdf", "application/pdf", 10, "ab", later, "user-1"), later);
        assertThat(entry.lastUpdatedAt()).isEqualTo(later);
        assertThat(entry.document("doc-1")).isPresent();
        OutboxEvent added = entry.pendingEvents().getLast();
        assertThat(added.type()).isEqualTo(DocumentAdded.TYPE.type());
        assertThat(added.payload()).contains("\"publicFile\":false");
    }

    @Test
    void aBerkalaEntryIsStaleOnceItsFrequencyHasLapsed() {
        InformationEntry quarterly = created(berkala());
        assertThat(quarterly.stale(Instant.parse("2026-04-05T01:59:59Z"))).isFalse();
        assertThat(quarterly.stale(Instant.parse("2026-04-05T02:00:01Z"))).isTrue();
        InformationEntry anytime = created(category(berkala(), Category.SETIAP_SAAT, null, null));
        assertThat(anytime.stale(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aLapseIsAnnouncedOnceAndAgainOnlyAfterAnUpdateLapsesAnew() {
        InformationEntry entry = created(berkala());
        Instant early = Instant.parse("2026-04-05T01:00:00Z");
        Instant lapsed = Instant.parse("2026-04-06T00:00:00Z");
        assertThat(entry.reportLapseIfDue(early)).isFalse();
        assertThat(entry.reportLapseIfDue(lapsed)).isTrue();
        assertThat(entry.reportLapseIfDue(lapsed.plusSeconds(3600))).isFalse();
        OutboxEvent stale = entry.pendingEvents().getLast();
        assertThat(stale.type()).isEqualTo(EntryBecameStale.TYPE.type());
        assertThat(stale.payload()).contains("\"updateFrequency\":\"QUARTERLY\"",
                "\"staleSince\":\"2026-04-05T02:00:00Z\"", "\"lastUpdatedAt\":\"2026-01-05T02:00:00Z\"");
        assertThat(types(entry).stream().filter(EntryBecameStale.TYPE.type()::equals)).hasSize(1);

        // an update starts a new period: not stale now, announced again when it lapses
        Instant updated = lapsed.plusSeconds(7200);
        entry.update(new EntryForm("unit-a", "Laporan Realisasi Anggaran 2025", "Ringkasan baru",
                Category.BERKALA, "Kepala Badan Keuangan", "Sekretaris Badan", LocalDate.of(2026, 1, 2), "Sangatta",
                InformationFormat.BOTH, "5 tahun aktif, 5 tahun inaktif", UpdateFrequency.QUARTERLY, null),
                "user-2", updated);
        assertThat(entry.reportLapseIfDue(updated.plusSeconds(60))).isFalse();
        assertThat(entry.reportLapseIfDue(Instant.parse("2026-08-01T00:00:00Z"))).isTrue();
        assertThat(types(entry).stream().filter(EntryBecameStale.TYPE.type()::equals)).hasSize(2);
    }

    @Test
    void anEndedExclusionIsAnnouncedOnceForReviewAndAgainOnlyForANewPeriod() {
        InformationEntry entry = created(category(berkala(), Category.DIKECUALIKAN, null, exclusion()));
        // exclusion() runs until 2031-01-01 inclusive
        assertThat(entry.reportExclusionEndIfDue(LocalDate.of(2031, 1, 1), T0)).isFalse();
        assertThat(entry.reportExclusionEndIfDue(LocalDate.of(2031, 1, 2), T0)).isTrue();
        assertThat(entry.reportExclusionEndIfDue(LocalDate.of(2031, 1, 3), T0)).isFalse();
        OutboxEvent review = entry.pendingEvents().getLast();
        assertThat(review.type()).isEqualTo(ExclusionReviewDue.TYPE.type());
        assertThat(review.payload()).contains("\"excludedUntil\":\"2031-01-01\"", "\"legalBasis\":\"A\"");

        ExclusionForm extended = new ExclusionForm(LegalBasis.A, "Membuka informasi menghambat penyidikan",
                "Kepentingan publik lebih besar bila ditutup", LocalDate.of(2033, 1, 1), "188.4/40/PPID/2031",
                LocalDate.of(2031, 1, 2));
        entry.update(category(berkala(), Category.DIKECUALIKAN, null, extended), "user-2", T0.plusSeconds(60));
        assertThat(entry.reportExclusionEndIfDue(LocalDate.of(2031, 1, 3), T0)).isFalse();
        assertThat(entry.reportExclusionEndIfDue(LocalDate.of(2033, 1, 2), T0)).isTrue();

        InformationEntry permanent = created(category(berkala(), Category.DIKECUALIKAN, null, new ExclusionForm(
                LegalBasis.H, "Rahasia pribadi", "Tidak ada kepentingan publik yang lebih besar", null,
                "188.4/13/PPID/2026", LocalDate.of(2026, 1, 3))));
        assertThat(permanent.reportExclusionEndIfDue(LocalDate.of(2099, 1, 1), T0)).isFalse();
    }

    private static List<String> types(InformationEntry entry) {
        return entry.pendingEvents().stream().map(OutboxEvent::type).toList();
    }
}
