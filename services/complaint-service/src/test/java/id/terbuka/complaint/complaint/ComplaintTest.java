package id.terbuka.complaint.complaint;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SP4N-LAPOR! steps and their working-day clocks on real 2026 dates (WIB, Monday to Friday). */
class ComplaintTest {

    static final WorkingDayCalendar WIB = WorkingDayCalendar.defaults();
    /** Monday 2 March 2026, 10:00 WIB. */
    static final Instant MONDAY = Instant.parse("2026-03-02T03:00:00Z");

    static Complaint received(Instant at) {
        return Complaint.receive(new Complaint.Intake(UUID.randomUUID().toString(), "kutai-timur", "ADU-TEST000001",
                Codes.hash("AAAA-BBBB-CCCC-DDDD"), "web:" + UUID.randomUUID(), Channel.WEB, null, "Jalan berlubang",
                "Jalan di depan pasar berlubang besar", "jalan-rusak", new Location(-6.2, 106.8, "Jl. Pasar"), false,
                false, new Reporter("n", "e", null)), 3, WIB, at);
    }

    static Instant day(String date) {
        return Instant.parse(date + "T03:00:00Z");
    }

    @Test
    void theVerificationClockSkipsNyepiAndIdulFitri() {
        Complaint c = received(day("2026-03-16"));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(c.verificationDueDate()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(c.verificationDueDateExplanation().skippedDays()).isNotEmpty();
        assertThat(c.dueDate()).isEqualTo(c.verificationDueDate());
        assertThat(c.dueKind()).isEqualTo(DueKind.VERIFICATION);
        assertThat(c.breached(WIB, day("2026-03-26"))).isFalse();
        assertThat(c.breached(WIB, day("2026-03-27"))).isTrue();
        assertThat(c.pendingEvents()).extracting(OutboxEvent::type)
                .containsExactly("id.terbuka.complaint.complaint-received.v1");
    }

    @Test
    void aLateVerificationIsMarkedAndTheClockRunsOnUntilDispatch() {
        Complaint c = received(MONDAY);
        c.verify("coord", WIB, day("2026-03-06"));
        assertThat(c.status()).isEqualTo(ComplaintStatus.VERIFIED);
        assertThat(c.verificationLate()).isTrue();
        assertThat(c.dueKind()).isEqualTo(DueKind.VERIFICATION);
        assertThat(c.breached(WIB, day("2026-03-06"))).isTrue();
    }

    @Test
    void dispatchStartsTheFiveDayFollowUpClockAndReDispatchKeepsTheTrail() {
        Complaint c = received(MONDAY);
        c.verify("coord", WIB, MONDAY);
        c.dispatch("unit-pupr", "mohon segera", "coord", 5, WIB, MONDAY);
        assertThat(c.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(c.followUpDueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(c.dueKind()).isEqualTo(DueKind.FOLLOW_UP);

        c.dispatch("unit-dlh", null, "coord", 5, WIB, day("2026-03-03"));
        assertThat(c.unitId()).isEqualTo("unit-dlh");
        assertThat(c.followUpDueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(c.dispatches()).extracting(Dispatch::unitId).containsExactly("unit-pupr", "unit-dlh");
        assertThat(c.history()).extracting(HistoryEntry::event)
                .containsExactly("RECEIVED", "VERIFIED", "DISPATCHED", "DISPATCHED");

        assertThatThrownBy(() -> c.dispatch("unit-dlh", null, "coord", 5, WIB, day("2026-03-03")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("already-dispatched"));
    }

    @Test
    void theAnswerStopsTheStaffClockAndOpensTheReportersTenDayWindow() {
        Complaint c = received(MONDAY);
        c.verify("coord", WIB, MONDAY);
        c.dispatch("unit-pupr", null, "coord", 5, WIB, MONDAY);
        c.followUp(ComplaintStatus.IN_PROGRESS, "Tim sudah meninjau lokasi", "liaison", 10, WIB, day("2026-03-04"));
        assertThat(c.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));

        FollowUp answer = c.followUp(ComplaintStatus.RESPONDED, "Jalan sudah ditambal", "liaison", 10, WIB,
                day("2026-03-10"));
        assertThat(answer.workingDaysTaken()).isEqualTo(6);
        assertThat(answer.late()).isTrue();
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONDED);
        assertThat(c.dueDate()).isNull();
        assertThat(c.breached(WIB, day("2026-04-30"))).isFalse();
        // 11–17 March are five, 18–24 March are Nyepi and Idul Fitri, then 25–31 March the other five
        assertThat(c.reporterDeadline()).isEqualTo(LocalDate.of(2026, 3, 31));

        c.accept(4, "Terima kasih", day("2026-03-11"));
        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.feedback().rating()).isEqualTo(4);
        assertThat(c.pendingEvents()).extracting(OutboxEvent::type).containsExactly(
                "id.terbuka.complaint.complaint-received.v1", "id.terbuka.complaint.complaint-verified.v1",
                "id.terbuka.complaint.complaint-dispatched.v1", "id.terbuka.complaint.complaint-responded.v1",
                "id.terbuka.complaint.complaint-closed.v1");
    }

    @Test
    void reopeningGivesTheUnitAFreshClockButOnlyWithinTheReportersWindow() {
        Complaint c = received(MONDAY);
        c.verify("coord", WIB, MONDAY);
        c.dispatch("unit-pupr", null, "coord", 5, WIB, MONDAY);
        c.followUp(ComplaintStatus.RESPONDED, "Sudah diperbaiki", "liaison", 10, WIB, day("2026-03-03"));
        assertThat(c.reporterDeadline()).isEqualTo(LocalDate.of(2026, 3, 17));

        c.reopen("Belum diperbaiki sama sekali", 5, WIB, day("2026-03-04"));
        assertThat(c.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(c.followUpDueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(c.dueKind()).isEqualTo(DueKind.FOLLOW_UP);

        c.followUp(ComplaintStatus.RESPONDED, "Sudah ditambal ulang", "liaison", 10, WIB, day("2026-03-05"));
        assertThatThrownBy(() -> c.reopen("lagi", 5, WIB, day("2026-04-30")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("reopen-too-late"));
    }

    @Test
    void aBreachIsAnnouncedOncePerClockAndANewDispatchCanBreachAgain() {
        Complaint c = received(MONDAY); // verification due Thursday 5 March
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-05"))).isFalse();
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-06"))).isTrue();
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-09"))).isFalse();
        c.verify("coord", WIB, day("2026-03-09"));
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-09"))).as("same clock, still the same breach").isFalse();
        c.dispatch("unit-a", null, "coord", 5, WIB, day("2026-03-09")); // follow-up due Monday 16 March
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-16"))).isFalse();
        assertThat(c.reportBreachIfDue(WIB, day("2026-03-17"))).isTrue();
        List<OutboxEvent> breaches = c.pendingEvents().stream()
                .filter(e -> e.type().equals("id.terbuka.complaint.complaint-sla-breached.v1")).toList();
        assertThat(breaches).hasSize(2);
        assertThat(breaches.get(0).payload()).contains("\"dueKind\":\"VERIFICATION\"", "\"dueDate\":\"2026-03-05\"");
        assertThat(breaches.get(1).payload()).contains("\"dueKind\":\"FOLLOW_UP\"", "\"unitId\":\"unit-a\"");
        c.followUp(ComplaintStatus.RESPONDED, "Selesai", "liaison", 10, WIB, day("2026-03-18"));
        assertThat(c.reportBreachIfDue(WIB, day("2026-04-30"))).as("no clock runs after the answer").isFalse();
    }

    @Test
    void anAnsweredComplaintClosesItselfAfterTheReportersTenWorkingDays() {
        Complaint c = received(MONDAY);
        c.verify("coord", WIB, MONDAY);
        c.dispatch("unit-a", null, "coord", 5, WIB, MONDAY);
        c.followUp(ComplaintStatus.RESPONDED, "Sudah diperbaiki", "liaison", 10, WIB, day("2026-03-03"));
        assertThat(c.reporterDeadline()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(c.autoCloseIfDue(WIB, day("2026-03-17"))).isFalse();
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESPONDED);
        assertThat(c.autoCloseIfDue(WIB, day("2026-03-18"))).isTrue();
        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.autoClosed()).isTrue();
        assertThat(c.feedback()).isNull();
        assertThat(c.autoCloseIfDue(WIB, day("2026-03-19"))).isFalse();
        OutboxEvent closed = c.pendingEvents().getLast();
        assertThat(closed.type()).isEqualTo("id.terbuka.complaint.complaint-closed.v1");
        assertThat(closed.payload()).contains("\"automatic\":true", "\"rating\":0");
        assertThat(c.history().getLast().event()).isEqualTo("AUTO_CLOSED");
    }

    @Test
    void aComplaintThatWasNotAnsweredIsNeverClosedAutomatically() {
        Complaint c = received(MONDAY);
        assertThat(c.autoCloseIfDue(WIB, day("2026-12-31"))).isFalse();
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Complaint c = received(MONDAY);
        assertThatThrownBy(() -> c.dispatch("unit-pupr", null, "coord", 5, WIB, MONDAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("complaint-state"));
        assertThatThrownBy(() -> c.followUp(ComplaintStatus.RESPONDED, "x", "l", 10, WIB, MONDAY))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> c.accept(5, null, MONDAY)).isInstanceOf(ApiException.class);

        c.reject(RejectionReason.NOT_OUR_AUTHORITY, "Diteruskan ke Balai Jalan Nasional", "coord", WIB, MONDAY);
        assertThat(c.status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(c.dueDate()).isNull();
        assertThatThrownBy(() -> c.verify("coord", WIB, MONDAY)).isInstanceOf(ApiException.class);
    }

    @Test
    void anAnonymousComplaintKeepsNoReporter() {
        Complaint c = Complaint.receive(new Complaint.Intake("id-1", "t", "ADU-X", "h", "web:id-1", Channel.WEB,
                null, "t", "d", null, null, true, false, new Reporter("n", "e", "p")), 3, WIB, MONDAY);
        assertThat(c.reporter()).isNull();
    }
}
