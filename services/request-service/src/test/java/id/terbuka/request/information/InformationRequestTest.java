package id.terbuka.request.information;

import id.terbuka.calendar.CalendarSettings;
import id.terbuka.calendar.DayOffReason;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.events.contracts.request.ObjectionFiled;
import id.terbuka.events.contracts.request.RequestDecided;
import id.terbuka.events.contracts.request.RequestExtended;
import id.terbuka.events.contracts.request.RequestRegistered;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legal clocks of a request over real 2026 dates (SKB 2026: Nyepi, Idul Fitri and its cuti bersama). */
class InformationRequestTest {

    static final WorkingDayCalendar WIB = WorkingDayCalendar.forTenant(CalendarSettings.forZone("Asia/Jakarta"));
    static final WorkingDayCalendar WITA = WorkingDayCalendar.forTenant(CalendarSettings.forZone("Asia/Makassar"));

    /** 10:00 WIB / 11:00 WITA on the given day. */
    static Instant morning(String date) {
        return Instant.parse(date + "T03:00:00Z");
    }

    static InformationRequest filed(Instant receivedAt, WorkingDayCalendar calendar) {
        Requester requester = new Requester(RequesterType.INDIVIDUAL, "Budi Santoso", "sealed-nik",
                "6408**********01", null, "sealed-address", null, "sealed-email", "Wiraswasta");
        return InformationRequest.register(new InformationRequest.Registration(UUID.randomUUID().toString(),
                "kutai-timur", "6408/2026/000001", "hash", Channel.LETTER, receivedAt, "staff-1", null, requester,
                "Dokumen APBD 2026", "Penelitian", ObtainMethod.COPY_SOFT, DeliveryMethod.EMAIL, null),
                calendar, receivedAt);
    }

    static Decision.Content granted() {
        return new Decision.Content(Outcome.GRANTED, "staff-1", null, null, null, null, "Salinan APBD 2026",
                List.of(), null, CopyForm.HARDCOPY, 12, 200, 10_000, 3, null, null, null);
    }

    @Test
    void dueInTenWorkingDaysSkippingOnlyWeekendsInEarlyMarch2026() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);

        assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(request.dueDateExplanation().start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(request.dueDateExplanation().skippedDays()).extracting(d -> d.reason())
                .containsOnly(DayOffReason.WEEKEND);
        assertThat(request.pendingEvents()).singleElement().extracting(OutboxEvent::type)
                .isEqualTo(RequestRegistered.TYPE.type());
    }

    @Test
    void clockSkipsNyepiIdulFitriAndCutiBersamaForARequestRecordedLate() {
        // received on paper on Monday 16 March 2026, recorded later: the clock runs from receipt
        InformationRequest request = filed(morning("2026-03-16"), WIB);

        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(request.dueDateExplanation().skippedDays()).extracting(d -> d.reason())
                .contains(DayOffReason.LIBUR_NASIONAL, DayOffReason.CUTI_BERSAMA);
        assertThat(request.dueDateExplanation().render()).contains("cuti bersama", "7 April 2026");
    }

    @Test
    void aTenantCountingCutiBersamaAsWorkingDaysIsDueEarlier() {
        WorkingDayCalendar working = WorkingDayCalendar.forTenant(CalendarSettings.forZone("Asia/Jakarta")
                .withCutiBersamaAsWorkingDays(true));
        InformationRequest request = filed(morning("2026-03-16"), working);

        // 18, 20, 23 and 24 March count; Nyepi (19) and Idul Fitri (21-22) do not
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(request.dueDateExplanation().skippedDays()).extracting(d -> d.reason())
                .doesNotContain(DayOffReason.CUTI_BERSAMA);
    }

    @Test
    void theDayOfReceiptIsTheTenantsLocalDay() {
        // 16:30 UTC on Monday 2 March is still Monday in WIB but already Tuesday 3 March in WITA
        Instant lateEvening = Instant.parse("2026-03-02T16:30:00Z");

        assertThat(filed(lateEvening, WIB).dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(filed(lateEvening, WITA).dueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void extensionAddsSevenWorkingDaysFromTheOriginalDueDate() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);

        request.extend("Informasi tersebar di beberapa OPD", "staff-1", WIB, morning("2026-03-10"));

        assertThat(request.status()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(request.extension().previousDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(request.dueDateExplanation().render()).contains("Perpanjangan", "1 April 2026");
        assertThat(request.pendingEvents()).extracting(OutboxEvent::type).contains(RequestExtended.TYPE.type());
    }

    @Test
    void extensionIsPossibleOnTheDueDateItselfButOnlyOnce() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        // 16 March 2026, 16:00 WIB
        request.extend("Perlu uji konsekuensi", "staff-1", WIB, Instant.parse("2026-03-16T09:00:00Z"));

        assertThatThrownBy(() -> request.extend("lagi", "staff-1", WIB, morning("2026-03-17")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("already-extended");
                    assertThat(e.status().value()).isEqualTo(409);
                });
    }

    @Test
    void aLateExtensionIsRefusedNamingTheDueDate() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        // 17 March 2026, 00:30 WIB: the due date 16 March has passed in the tenant's zone
        Instant justAfter = Instant.parse("2026-03-16T17:30:00Z");

        assertThatThrownBy(() -> request.extend("terlambat", "staff-1", WIB, justAfter))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("extension-too-late");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.detailArguments()).containsExactly(LocalDate.of(2026, 3, 16));
                });
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void decisionRecordsWorkingDaysTakenFeesAndLateness() {
        InformationRequest onTime = filed(morning("2026-03-02"), WIB);
        onTime.decide(granted(), WIB, morning("2026-03-09"));

        assertThat(onTime.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(onTime.decision().workingDaysTaken()).isEqualTo(5);
        assertThat(onTime.decision().late()).isFalse();
        assertThat(onTime.decision().totalFee()).isEqualTo(12 * 200 + 10_000);
        assertThat(onTime.pendingEvents()).extracting(OutboxEvent::type).contains(RequestDecided.TYPE.type());

        InformationRequest late = filed(morning("2026-03-02"), WIB);
        late.decide(granted(), WIB, morning("2026-03-17"));
        assertThat(late.decision().late()).isTrue();
        assertThat(late.decision().workingDaysTaken()).isEqualTo(11);

        assertThatThrownBy(() -> late.decide(granted(), WIB, morning("2026-03-18")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("request-decided"));
        assertThatThrownBy(() -> late.extend("x", "s", WIB, morning("2026-03-18")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("request-decided"));
    }

    @Test
    void overdueOnlyAfterTheDueDateInTheTenantsZoneAndWhileUndecided() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);

        assertThat(request.overdue(WIB, Instant.parse("2026-03-16T16:59:00Z"))).isFalse();
        assertThat(request.overdue(WIB, Instant.parse("2026-03-16T17:00:00Z"))).isTrue();
        request.decide(granted(), WIB, morning("2026-03-20"));
        assertThat(request.overdue(WIB, morning("2026-03-20"))).isFalse();
    }

    @Test
    void objectionWithinThirtyWorkingDaysOfTheDecisionGetsAThirtyDayAnswerDeadline() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(granted(), WIB, morning("2026-03-09"));

        Instant filedAt = morning("2026-04-08");
        InformationRequest.ObjectionWindow window = request.objectionWindow(WIB, filedAt);
        assertThat(window.cause()).isEqualTo(Objection.Cause.DECISION);
        assertThat(window.causeDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(window.deadline()).isEqualTo(WIB.addWorkingDays(LocalDate.of(2026, 3, 9), 30).dueDate());
        // 30 HK from 9 March 2026 cross Nyepi, Idul Fitri and Easter: far later than six calendar weeks
        assertThat(window.deadline()).isAfter(LocalDate.of(2026, 4, 20));

        Objection objection = request.fileObjection(window, "KEB/6408/2026/000001", ObjectionGround.F,
                "Biaya tidak wajar", WIB, filedAt);
        assertThat(objection.responseDueDate()).isEqualTo(WIB.addWorkingDays(filedAt, 30).dueDate());
        assertThat(request.pendingEvents()).extracting(OutboxEvent::type).contains(ObjectionFiled.TYPE.type());

        assertThatThrownBy(() -> request.objectionWindow(WIB, filedAt))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("objection-pending"));
    }

    @Test
    void aLateObjectionIsRefusedNamingTheDateItWasDue() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(granted(), WIB, morning("2026-03-09"));
        LocalDate deadline = WIB.addWorkingDays(LocalDate.of(2026, 3, 9), 30).dueDate();

        assertThat(request.objectionWindow(WIB, morning(deadline.toString())).deadline()).isEqualTo(deadline);
        assertThatThrownBy(() -> request.objectionWindow(WIB, morning(deadline.plusDays(1).toString())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("objection-late");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.detailArguments()).containsExactly(deadline);
                });
    }

    @Test
    void withoutADecisionAnObjectionRunsFromTheLapseOfTheDueDate() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);

        assertThatThrownBy(() -> request.objectionWindow(WIB, morning("2026-03-16")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("objection-premature");
                    assertThat(e.detailArguments()).containsExactly(LocalDate.of(2026, 3, 16));
                });
        InformationRequest.ObjectionWindow window = request.objectionWindow(WIB, morning("2026-03-17"));
        assertThat(window.cause()).isEqualTo(Objection.Cause.LAPSE);
        assertThat(window.causeDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(window.deadline()).isEqualTo(WIB.addWorkingDays(LocalDate.of(2026, 3, 16), 30).dueDate());
    }

    @Test
    void theAtasanAnswersOnceAndOnlyGroundsBToGCanBeSettled() {
        InformationRequest request = rejectedAndObjected();

        assertThatThrownBy(() -> request.decideObjection(ObjectionResult.SETTLED, null, "atasan", WIB,
                morning("2026-03-11")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("objection-not-settleable"));
        Objection decided = request.decideObjection(ObjectionResult.DISMISSED, "Pengecualian sah", "atasan", WIB,
                morning("2026-03-11"));
        assertThat(decided.result()).isEqualTo(ObjectionResult.DISMISSED);
        assertThat(decided.late()).isFalse();
        assertThat(request.pendingObjection()).isEmpty();
        assertThatThrownBy(() -> request.decideObjection(ObjectionResult.UPHELD, null, "atasan", WIB,
                morning("2026-03-12")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("no-pending-objection"));
    }

    /** Filed 2 March 2026 (WIB), rejected on the 9th under Pasal 17 letter H, keberatan (ground A) on the 10th. */
    static InformationRequest rejectedAndObjected() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(new Decision.Content(Outcome.REJECTED, "staff-1", LegalBasis.H, "SK-01/PPID/2026",
                "Memuat rahasia pribadi", null, null, List.of(), null, null, 0, 0, 0, null, null, null, null),
                WIB, morning("2026-03-09"));
        InformationRequest.ObjectionWindow window = request.objectionWindow(WIB, morning("2026-03-10"));
        request.fileObjection(window, "KEB/6408/2026/000001", ObjectionGround.A, "Bukan rahasia", WIB,
                morning("2026-03-10"));
        return request;
    }
}
