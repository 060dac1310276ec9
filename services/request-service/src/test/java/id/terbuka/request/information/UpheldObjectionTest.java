package id.terbuka.request.information;

import id.terbuka.events.contracts.request.ObjectionDueSoon;
import id.terbuka.events.contracts.request.ObjectionOverdue;
import id.terbuka.events.contracts.request.RequestDueSoon;
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
 * An upheld keberatan obliges the PPID to act (a new written notice within the atasan's period), and the atasan's
 * own 30 working days are watched by the clock: over real 2026 dates (Nyepi, Idul Fitri and its cuti bersama).
 */
class UpheldObjectionTest {

    private static final Instant ANSWERED = morning("2026-03-11");

    @Test
    void anUpheldObjectionReopensTheRequestForANewNoticeDueInTenWorkingDaysFromTheAnswer() {
        InformationRequest request = rejectedAndObjected();

        Objection upheld = request.decideObjection(ObjectionResult.UPHELD, null, null, "atasan", WIB, ANSWERED);

        LocalDate due = WIB.addWorkingDays(LocalDate.of(2026, 3, 11), 10).dueDate();
        // 10 working days from 11 March 2026 cross Nyepi and Idul Fitri with its cuti bersama
        assertThat(due).isAfter(LocalDate.of(2026, 3, 31));
        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.decision()).as("the rejection was set aside").isNull();
        assertThat(request.dueDate()).isEqualTo(due);
        assertThat(request.dueDateExplanation().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(request.dueDateExplanation().workingDays()).isEqualTo(10);
        assertThat(request.dueDateExplanation().skippedDays()).isNotEmpty();
        assertThat(upheld.actionDueDate()).isEqualTo(due);
        assertThat(upheld.actionDueDateExplanation()).isEqualTo(request.dueDateExplanation());
        assertThat(request.reopenings()).singleElement().satisfies(r -> {
            assertThat(r.objectionNumber()).isEqualTo("KEB/6408/2026/000001");
            assertThat(r.previousDecision().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.previousDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(r.dueDate()).isEqualTo(due);
        });
        assertThat(request.history()).extracting(HistoryEntry::event).endsWith("OBJECTION_DECIDED", "REOPENED");
        assertThat(request.overdue(WIB, morning(due.toString()))).isFalse();
        assertThat(request.overdue(WIB, morning(due.plusDays(1).toString()))).isTrue();
        assertThat(request.nextClockCheck()).as("its own reminders").isBefore(due);
    }

    @Test
    void theAtasanSetsThePeriodAndTheNewNoticeIsMeasuredAgainstItWhileTheReportKeepsTheFirstAnswer() {
        InformationRequest request = rejectedAndObjected();
        request.decideObjection(ObjectionResult.UPHELD, null, 5, "atasan", WIB, ANSWERED);
        LocalDate due = WIB.addWorkingDays(LocalDate.of(2026, 3, 11), 5).dueDate();
        assertThat(request.dueDate()).isEqualTo(due);
        assertThat(request.dueDateExplanation().workingDays()).isEqualTo(5);

        Instant given = morning(due.toString());
        request.decide(granted(), WIB, given);

        assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.decision().late()).isFalse();
        assertThat(request.decision().workingDaysTaken()).isEqualTo(5);
        assertThat(request.firstNotice().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(request.firstNotice().workingDaysTaken()).isEqualTo(5);
    }

    @Test
    void aReopenedRequestGetsRemindersAndOverdueForItsNewDueDateAndNoExtension() {
        InformationRequest request = rejectedAndObjected();
        request.decideObjection(ObjectionResult.UPHELD, null, null, "atasan", WIB, ANSWERED);
        LocalDate due = request.dueDate();

        assertThatThrownBy(() -> request.extend("Butuh waktu", "staff-1", WIB, ANSWERED))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("extension-after-objection");
                    assertThat(e.status().value()).isEqualTo(409);
                });

        int rounds = 0;
        LocalDate day = LocalDate.of(2026, 3, 12);
        while (!day.isAfter(due.plusDays(3))) {
            rounds += request.clockRound(WIB, morning(day.toString())) ? 1 : 0;
            day = day.plusDays(1);
        }
        assertThat(rounds).isPositive();
        assertThat(request.reminders()).filteredOn(r -> r.dueDate().equals(due))
                .extracting(Reminder::workingDaysLeft).containsExactly(3, 1);
        List<String> types = request.pendingEvents().stream().map(OutboxEvent::type).toList();
        assertThat(types).filteredOn(RequestOverdue.TYPE.type()::equals).hasSize(1);
        assertThat(types.subList(types.lastIndexOf("id.terbuka.request.objection-decided.v1"), types.size()))
                .containsExactly("id.terbuka.request.objection-decided.v1", RequestDueSoon.TYPE.type(),
                        RequestDueSoon.TYPE.type(), RequestOverdue.TYPE.type());
        assertThat(request.pendingEvents().getLast().payload()).contains("\"dueDate\":\"" + due + "\"");
    }

    @Test
    void theSengketaWindowRunsFromTheNewNoticeOrFromTheLapseOfTheAtasansPeriod() {
        InformationRequest waiting = rejectedAndObjected();
        waiting.decideObjection(ObjectionResult.UPHELD, null, null, "atasan", WIB, ANSWERED);
        LocalDate due = waiting.dueDate();
        assertThatThrownBy(() -> waiting.recordDispute("KI", null, due, WIB, morning(due.toString())))
                .as("the PPID still has time to act")
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("dispute-awaits-notice");
                    assertThat(e.detailArguments()).containsExactly(due);
                });
        Dispute afterLapse = waiting.recordDispute("KI", null, due.plusDays(1), WIB, morning(due.plusDays(1)
                .toString()));
        assertThat(afterLapse.causeDate()).isEqualTo(due);
        assertThat(afterLapse.filingDeadline()).isEqualTo(WIB.addWorkingDays(due, 14).dueDate());

        InformationRequest answered = rejectedAndObjected();
        answered.decideObjection(ObjectionResult.UPHELD, null, null, "atasan", WIB, ANSWERED);
        Instant given = morning("2026-04-01");
        answered.decide(granted(), WIB, given);
        LocalDate sengketaDeadline = WIB.addWorkingDays(LocalDate.of(2026, 4, 1), 14).dueDate();
        LocalDate objectionDeadline = WIB.addWorkingDays(LocalDate.of(2026, 4, 1), 30).dueDate();
        // the 14 working days counted from the atasan's answer (11 March) would already be over
        assertThat(WIB.addWorkingDays(LocalDate.of(2026, 3, 11), 14).dueDate()).isBefore(sengketaDeadline);
        assertThat(answered.nextClockCheck()).as("closes after the keberatan window against the new notice")
                .isEqualTo(objectionDeadline.plusDays(1));
        assertThat(answered.closeIfLapsed(WIB, morning(objectionDeadline.toString()))).isFalse();

        Dispute dispute = answered.recordDispute("KI", null, sengketaDeadline, WIB,
                morning(sengketaDeadline.toString()));
        assertThat(dispute.causeDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(dispute.filingDeadline()).isEqualTo(sengketaDeadline);

        InformationRequest lapsed = rejectedAndObjected();
        lapsed.decideObjection(ObjectionResult.UPHELD, null, null, "atasan", WIB, ANSWERED);
        lapsed.decide(granted(), WIB, given);
        assertThat(lapsed.closeIfLapsed(WIB, morning(objectionDeadline.plusDays(1).toString()))).isTrue();
        assertThat(lapsed.status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void theAtasanIsRemindedOnceBeforeTheAnswerIsDueAndItsLapseIsAnnouncedOnce() {
        InformationRequest request = rejectedAndObjected();
        Objection pending = request.pendingObjection().orElseThrow();
        LocalDate answerDue = pending.responseDueDate();
        LocalDate reminderDay = answerDue;
        for (int counted = 0; counted < 4; reminderDay = reminderDay.minusDays(1)) {
            if (WIB.isWorkingDay(reminderDay) && ++counted == 4) {
                break;
            }
        }
        assertThat(WIB.workingDaysBetween(reminderDay, answerDue)).isEqualTo(3);

        assertThat(request.nextClockCheck()).as("the atasan's reminder comes before the requester's window")
                .isEqualTo(reminderDay);
        assertThat(request.clockRound(WIB, morning(reminderDay.minusDays(1).toString()))).isFalse();
        assertThat(request.clockRound(WIB, morning(reminderDay.toString()))).isTrue();
        assertThat(request.clockRound(WIB, morning(reminderDay.toString()))).as("once").isFalse();
        assertThat(request.nextClockCheck()).isEqualTo(answerDue.plusDays(1));
        assertThat(request.clockRound(WIB, morning(answerDue.toString()))).as("due today").isFalse();
        assertThat(request.clockRound(WIB, morning(answerDue.plusDays(1).toString()))).isTrue();
        assertThat(request.clockRound(WIB, morning(answerDue.plusDays(2).toString()))).isFalse();

        List<OutboxEvent> events = request.pendingEvents();
        assertThat(events).extracting(OutboxEvent::type).filteredOn(t -> t.contains("objection-due-soon")
                || t.contains("objection-overdue")).containsExactly(ObjectionDueSoon.TYPE.type(),
                ObjectionOverdue.TYPE.type());
        assertThat(events.get(events.size() - 2).payload()).contains("\"workingDaysLeft\":3",
                "\"objectionNumber\":\"KEB/6408/2026/000001\"", "\"responseDueDate\":\"" + answerDue + "\"");
        assertThat(request.objections().getFirst().answerOverdueAt()).isNotNull();
        assertThat(request.history()).extracting(HistoryEntry::event).containsOnlyOnce("OBJECTION_OVERDUE");
        // a late answer afterwards still works and the objection is marked late
        assertThat(request.decideObjection(ObjectionResult.DISMISSED, "Sah", "atasan", WIB,
                morning(answerDue.plusDays(3).toString())).late()).isTrue();
    }

    @Test
    void anActionPeriodOnlyBelongsToAnUpheldObjection() {
        InformationRequest request = rejectedAndObjected();
        Objection dismissed = request.decideObjection(ObjectionResult.DISMISSED, "Sah", null, "atasan", WIB,
                ANSWERED);
        assertThat(dismissed.actionDueDate()).isNull();
        assertThat(request.reopenings()).isEmpty();
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
    }
}
