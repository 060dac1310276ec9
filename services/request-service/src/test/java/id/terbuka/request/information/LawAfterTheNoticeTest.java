package id.terbuka.request.information;

import id.terbuka.events.contracts.request.DisputeDecided;
import id.terbuka.events.contracts.request.DisputeRecorded;
import id.terbuka.events.contracts.request.RequestClosed;
import id.terbuka.events.contracts.request.RequestDecided;
import id.terbuka.events.contracts.request.RequestDueSoon;
import id.terbuka.events.contracts.request.RequestForwarded;
import id.terbuka.events.contracts.request.RequestOverdue;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static id.terbuka.request.information.InformationRequestTest.WIB;
import static id.terbuka.request.information.InformationRequestTest.filed;
import static id.terbuka.request.information.InformationRequestTest.granted;
import static id.terbuka.request.information.InformationRequestTest.morning;
import static id.terbuka.request.information.InformationRequestTest.rejectedAndObjected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the scheduled clock, the requester and the Komisi Informasi do to a request after filing: reminders, the
 * overdue notice, closing, sengketa and forwarding, over real 2026 dates.
 */
class LawAfterTheNoticeTest {

    @Test
    void remindsThreeAndOneWorkingDaysBeforeTheDueDateAndAnnouncesOverdueOnce() {
        // received Monday 2 March 2026, due Monday 16 March
        InformationRequest request = filed(morning("2026-03-02"), WIB);

        assertThat(request.checkClock(WIB, morning("2026-03-10"))).as("4 working days left").isFalse();
        assertThat(request.checkClock(WIB, morning("2026-03-11"))).as("3 working days left").isTrue();
        assertThat(request.checkClock(WIB, morning("2026-03-11"))).as("already sent").isFalse();
        assertThat(request.checkClock(WIB, morning("2026-03-12"))).as("2 left: nothing new").isFalse();
        // Friday 13 March: Monday 16 is 1 working day away (the weekend does not count)
        assertThat(request.checkClock(WIB, morning("2026-03-13"))).isTrue();
        assertThat(request.checkClock(WIB, morning("2026-03-16"))).as("due today, not yet overdue").isFalse();
        assertThat(request.checkClock(WIB, Instant.parse("2026-03-16T17:00:00Z"))).as("17 March 00:00 WIB").isTrue();
        assertThat(request.checkClock(WIB, morning("2026-03-18"))).isFalse();

        assertThat(request.reminders()).extracting(Reminder::workingDaysLeft).containsExactly(3, 1);
        assertThat(request.pendingEvents()).extracting(OutboxEvent::type).containsExactly(
                "id.terbuka.request.request-registered.v1", RequestDueSoon.TYPE.type(), RequestDueSoon.TYPE.type(),
                RequestOverdue.TYPE.type());
        assertThat(request.pendingEvents().getLast().payload()).contains("\"dueDate\":\"2026-03-16\"");
        assertThat(request.history()).extracting(HistoryEntry::event).contains("OVERDUE");
    }

    @Test
    void eachRequestCarriesTheDayOfItsNextClockCheckSoTheJobReadsOnlyWhatIsDue() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        assertThat(request.nextClockCheck()).as("3 working days before 16 March").isEqualTo(LocalDate.of(2026, 3, 11));

        assertThat(request.clockRound(WIB, morning("2026-03-10"))).as("nothing to do, nothing to save").isFalse();
        assertThat(request.clockRound(WIB, morning("2026-03-11"))).isTrue();
        assertThat(request.nextClockCheck()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(request.clockRound(WIB, morning("2026-03-13"))).isTrue();
        assertThat(request.nextClockCheck()).as("the day after the due date").isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(request.clockRound(WIB, morning("2026-03-17"))).isTrue();
        assertThat(request.nextClockCheck()).as("overdue announced: nothing more until a decision").isNull();

        request.decide(granted(), WIB, morning("2026-03-18"));
        assertThat(request.nextClockCheck()).as("the day after the keberatan window")
                .isEqualTo(WIB.addWorkingDays(LocalDate.of(2026, 3, 18), 30).dueDate().plusDays(1));
        assertThat(request.clockRound(WIB, morning(request.nextClockCheck().toString()))).isTrue();
        assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.nextClockCheck()).isNull();
    }

    @Test
    void remindersCountWorkingDaysAcrossIdulFitriAndEaster() {
        // received 16 March 2026, due 7 April: Good Friday 3 April is not a working day
        InformationRequest request = filed(morning("2026-03-16"), WIB);
        assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        int leftOnFirstApril = WIB.workingDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7));
        assertThat(leftOnFirstApril).isEqualTo(3);

        assertThat(request.nextClockCheck()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(request.checkClock(WIB, morning("2026-03-31"))).isFalse();
        assertThat(request.checkClock(WIB, morning("2026-04-01"))).isTrue();
        // Thursday 2 April: 6 and 7 April remain, the stage is still "3"
        assertThat(request.checkClock(WIB, morning("2026-04-02"))).isFalse();
        assertThat(request.checkClock(WIB, morning("2026-04-06"))).isTrue();
        assertThat(request.reminders()).extracting(Reminder::workingDaysLeft).containsExactly(3, 1);
    }

    @Test
    void anExtensionGetsItsOwnRemindersAndAJobThatMissedDaysSendsOnlyTheTightestOne() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        assertThat(request.checkClock(WIB, morning("2026-03-11"))).isTrue();
        request.extend("Informasi di beberapa OPD", "staff-1", WIB, morning("2026-03-12"));
        LocalDate extended = request.dueDate();

        // the job was down until the last working day before the new due date: one reminder, stage 1
        LocalDate dayBefore = extended.minusDays(1);
        while (!WIB.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        assertThat(request.checkClock(WIB, morning(dayBefore.toString()))).isTrue();
        assertThat(request.checkClock(WIB, morning(dayBefore.toString()))).isFalse();
        assertThat(request.reminders()).extracting(r -> r.dueDate() + ":" + r.workingDaysLeft())
                .containsExactly("2026-03-16:3", extended + ":1");
    }

    @Test
    void aDecidedRequestIsNeitherRemindedNorOverdue() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(granted(), WIB, morning("2026-03-05"));

        assertThat(request.checkClock(WIB, morning("2026-03-11"))).isFalse();
        assertThat(request.checkClock(WIB, morning("2026-03-20"))).isFalse();
        assertThat(request.reminders()).isEmpty();
    }

    @Test
    void closesWhenTheObjectionWindowLapsesAndRefusesAnObjectionAfterwards() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(granted(), WIB, morning("2026-03-09"));
        LocalDate lastDay = WIB.addWorkingDays(LocalDate.of(2026, 3, 9), 30).dueDate();

        assertThat(request.closeIfLapsed(WIB, morning(lastDay.toString()))).isFalse();
        assertThat(request.closeIfLapsed(WIB, morning(lastDay.plusDays(1).toString()))).isTrue();
        assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.closure().reason()).isEqualTo(Closure.Reason.WINDOW_LAPSED);
        assertThat(request.closure().previousStatus()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.pendingEvents().getLast().type()).isEqualTo(RequestClosed.TYPE.type());
        assertThat(request.closeIfLapsed(WIB, morning(lastDay.plusDays(2).toString()))).isFalse();
        assertThatThrownBy(() -> request.objectionWindow(WIB, morning(lastDay.toString())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("request-closed"));
    }

    @Test
    void anUndecidedRequestNeverClosesByItself() {
        InformationRequest request = filed(morning("2025-06-02"), WIB);
        assertThat(request.closeIfLapsed(WIB, morning("2026-03-02"))).isFalse();
        assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
    }

    @Test
    void disputeWithinFourteenWorkingDaysAfterTheObjectionsAnswerThenDecidedAndClosed() {
        InformationRequest request = rejectedAndObjected();
        Instant answered = morning("2026-03-11");
        request.decideObjection(ObjectionResult.DISMISSED, "Pengecualian sah", "atasan", WIB, answered);
        LocalDate deadline = WIB.addWorkingDays(LocalDate.of(2026, 3, 11), 14).dueDate();
        // 14 HK from 11 March 2026 cross Nyepi (19 March) and Idul Fitri with cuti bersama (20-24 March)
        assertThat(deadline).isAfter(LocalDate.of(2026, 3, 31));

        assertThat(request.closeIfLapsed(WIB, morning(deadline.toString()))).as("window still open").isFalse();
        assertThatThrownBy(() -> request.recordDispute("KI Provinsi", null, deadline.plusDays(1), WIB,
                morning(deadline.plusDays(1).toString())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("dispute-late");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.detailArguments()).containsExactly(deadline);
                });

        Dispute dispute = request.recordDispute("Komisi Informasi Provinsi Kalimantan Timur", null, deadline, WIB,
                morning(deadline.plusDays(2).toString()));
        assertThat(dispute.filingDeadline()).isEqualTo(deadline);
        assertThat(dispute.causeDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThatThrownBy(() -> request.recordDispute("KI", null, deadline, WIB, morning("2026-04-10")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("dispute-exists"));
        assertThat(request.closeIfLapsed(WIB, morning("2026-12-01"))).as("dispute running").isFalse();

        request.progressDispute("012/REG-PSI/IV/2026", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 4, 20), Dispute.MediationResult.FAILED, LocalDate.of(2026, 5, 4));
        Dispute decided = request.decideDispute(Dispute.DisputeOutcome.PARTIALLY_GRANTED, "015/PTS/KI-KT/2026",
                LocalDate.of(2026, 6, 2), "Sebagian informasi wajib dibuka", morning("2026-06-03"));
        assertThat(decided.kiRegistrationNumber()).isEqualTo("012/REG-PSI/IV/2026");
        assertThat(decided.mediationResult()).isEqualTo(Dispute.MediationResult.FAILED);
        assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.closure().reason()).isEqualTo(Closure.Reason.DISPUTE_DECIDED);
        assertThat(request.pendingEvents()).extracting(OutboxEvent::type).contains(DisputeRecorded.TYPE.type(),
                DisputeDecided.TYPE.type(), RequestClosed.TYPE.type());
        assertThatThrownBy(() -> request.decideDispute(Dispute.DisputeOutcome.REJECTED, "x", LocalDate.of(2026, 6, 2),
                null, morning("2026-06-04")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("dispute-decided"));
    }

    @Test
    void withoutAnAnswerTheDisputeRunsFromTheLapseOfTheAnswerPeriod() {
        InformationRequest request = rejectedAndObjected();
        LocalDate answerDue = request.objections().getFirst().responseDueDate();

        assertThatThrownBy(() -> request.recordDispute("KI", null, answerDue, WIB, morning(answerDue.toString())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("dispute-premature");
                    assertThat(e.detailArguments()).containsExactly(answerDue);
                });
        assertThat(request.closeIfLapsed(WIB, morning(answerDue.toString()))).isFalse();
        LocalDate deadline = WIB.addWorkingDays(answerDue, 14).dueDate();
        assertThat(request.nextClockCheck()).as("first the atasan's reminder").isBefore(answerDue);
        request.clockRound(WIB, morning(request.nextClockCheck().toString()));
        request.clockRound(WIB, morning(answerDue.plusDays(1).toString()));
        assertThat(request.nextClockCheck()).as("then nothing while the requester may still go to the commission")
                .isEqualTo(deadline.plusDays(1));
        assertThat(request.closeIfLapsed(WIB, morning(deadline.toString()))).isFalse();
        Dispute dispute = request.recordDispute("KI", "001/REG", deadline, WIB, morning(deadline.toString()));
        assertThat(dispute.causeDate()).isEqualTo(answerDue);
    }

    @Test
    void noDisputeWithoutAnObjection() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        request.decide(granted(), WIB, morning("2026-03-05"));
        assertThatThrownBy(() -> request.recordDispute("KI", null, LocalDate.of(2026, 3, 6), WIB,
                morning("2026-03-06")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("dispute-without-objection"));
    }

    @Test
    void theRequesterWithdrawsButNotWhileAnObjectionRuns() {
        InformationRequest open = filed(morning("2026-03-02"), WIB);
        open.withdraw(morning("2026-03-03"));
        assertThat(open.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(open.closure().reason()).isEqualTo(Closure.Reason.WITHDRAWN);
        assertThatThrownBy(() -> open.withdraw(morning("2026-03-04")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("request-closed"));

        InformationRequest objected = rejectedAndObjected();
        assertThatThrownBy(() -> objected.withdraw(morning("2026-03-11")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("withdrawal-not-possible"));
    }

    @Test
    void forwardingIsANotHeldNoticeNamingTheHolderAndAForwardedEvent() {
        InformationRequest request = filed(morning("2026-03-02"), WIB);
        Decision.Content notHeld = new Decision.Content(Outcome.NOT_HELD, "staff-1", null, null, null, null, null,
                List.of(), null, null, 0, 0, 0, null, "Kabupaten Kutai Kartanegara", null, null);
        request.forward(notHeld, new Forwarding("kutai-kartanegara", "Kabupaten Kutai Kartanegara", "linked-1", null,
                "Dokumen milik Kukar", morning("2026-03-04")), WIB, morning("2026-03-04"));

        assertThat(request.status()).isEqualTo(RequestStatus.NOT_HELD);
        assertThat(request.decision().holderBody()).isEqualTo("Kabupaten Kutai Kartanegara");
        assertThat(request.pendingEvents()).extracting(OutboxEvent::type).endsWith(RequestDecided.TYPE.type(),
                RequestForwarded.TYPE.type());
        assertThat(request.pendingEvents().getLast().payload()).contains("\"linkedRequestId\":\"linked-1\"")
                .doesNotContain("Budi");
        assertThat(request.linkForwarded("6402/2026/000007")).isTrue();
        assertThat(request.linkForwarded("6402/2026/000007")).as("idempotent").isFalse();
        assertThat(request.forwardedTo().registrationNumber()).isEqualTo("6402/2026/000007");
        assertThatThrownBy(() -> request.forward(notHeld, request.forwardedTo(), WIB, morning("2026-03-05")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.typeSlug()).isEqualTo("request-decided"));
    }
}
