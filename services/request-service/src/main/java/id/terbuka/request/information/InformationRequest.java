package id.terbuka.request.information;

import id.terbuka.calendar.DueDate;
import id.terbuka.calendar.DueDateExplanation;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.events.contracts.request.DisputeDecided;
import id.terbuka.events.contracts.request.DisputeRecorded;
import id.terbuka.events.contracts.request.ObjectionDecided;
import id.terbuka.events.contracts.request.ObjectionDueSoon;
import id.terbuka.events.contracts.request.ObjectionFiled;
import id.terbuka.events.contracts.request.ObjectionOverdue;
import id.terbuka.events.contracts.request.RequestAssigned;
import id.terbuka.events.contracts.request.RequestClosed;
import id.terbuka.events.contracts.request.RequestDueSoon;
import id.terbuka.events.contracts.request.RequestForwarded;
import id.terbuka.events.contracts.request.RequestOverdue;
import id.terbuka.events.contracts.request.RequestDecided;
import id.terbuka.events.contracts.request.RequestExtended;
import id.terbuka.events.contracts.request.RequestRegistered;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A permohonan informasi publik and everything the law lets happen after it: the 10-working-day clock from receipt
 * (UU 14/2008 Pasal 22(7)), the one 7-day extension (22(8)), the written notice, and keberatan (35–36). Every due
 * date is computed once, when it arises, and stored with its explanation: a later change of the holiday data must
 * not move a deadline already given to the requester.
 */
@Document(InformationRequest.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "tenant_registration_number", def = "{'tenant': 1, 'registrationNumber': 1}",
                unique = true),
        @CompoundIndex(name = "tenant_status_due", def = "{'tenant': 1, 'status': 1, 'dueDate': 1}"),
        @CompoundIndex(name = "status_next_clock_check", def = "{'status': 1, 'nextClockCheck': 1}")})
public class InformationRequest extends AggregateRoot {

    public static final String COLLECTION = "information_requests";
    public static final int ANSWER_WORKING_DAYS = 10;
    public static final int EXTENSION_WORKING_DAYS = 7;
    public static final int OBJECTION_FILING_WORKING_DAYS = 30;
    public static final int OBJECTION_ANSWER_WORKING_DAYS = 30;
    /** UU KIP Pasal 37(2): a sengketa is filed within 14 working days after the keberatan's answer or its lapse. */
    public static final int DISPUTE_FILING_WORKING_DAYS = 14;
    /** Reminders before the due date, in working days. */
    public static final List<Integer> REMINDER_STAGES = List.of(3, 1);
    /** The atasan is reminded once, this many working days before the keberatan's answer is due. */
    public static final int OBJECTION_REMINDER_WORKING_DAYS = 3;
    /**
     * The period for the new notice after an UPHELD keberatan when the atasan sets none: the law sets no separate
     * period, so the PPID gets the ordinary 10 working days of Pasal 22(7) again, counted from the answer.
     */
    public static final int DEFAULT_ACTION_WORKING_DAYS = ANSWER_WORKING_DAYS;

    @Id
    private String id;
    private String tenant;
    private String registrationNumber;
    private String trackingCodeHash;
    private Channel channel;
    private Instant receivedAt;
    private Instant registeredAt;
    private String recordedBy;
    private String citizenSubject;
    private Requester requester;
    private String informationRequested;
    private String purpose;
    private ObtainMethod obtainMethod;
    private DeliveryMethod deliveryMethod;
    private String unitId;
    private RequestStatus status;
    private LocalDate dueDate;
    private DueDateExplanation dueDateExplanation;
    private Extension extension;
    private Decision decision;
    private List<Objection> objections = new ArrayList<>();
    private List<Reopening> reopenings = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();
    private List<Reminder> reminders = new ArrayList<>();
    private Instant overdueNotifiedAt;
    private Closure closure;
    private Forwarding forwardedTo;
    private Forwarding forwardedFrom;
    private Dispute dispute;
    private AttachedDocument powerOfAttorney;
    /**
     * The first tenant-local day the clock job has something to look at (a reminder, the overdue notice, a window
     * to close); null when nothing will. Kept with every change so the job reads only what is due, never the
     * whole collection.
     */
    private LocalDate nextClockCheck;

    private InformationRequest() {
    }

    /** What is known when a request is registered; NIK and contact details already sealed. */
    public record Registration(String id, String tenant, String registrationNumber, String trackingCodeHash,
                               Channel channel, Instant receivedAt, String recordedBy, String citizenSubject,
                               Requester requester, String informationRequested, String purpose,
                               ObtainMethod obtainMethod, DeliveryMethod deliveryMethod, String unitId) {
    }

    public static InformationRequest register(Registration r, WorkingDayCalendar calendar, Instant now) {
        InformationRequest request = new InformationRequest();
        request.id = r.id();
        request.tenant = r.tenant();
        request.registrationNumber = r.registrationNumber();
        request.trackingCodeHash = r.trackingCodeHash();
        request.channel = r.channel();
        request.receivedAt = r.receivedAt();
        request.registeredAt = now;
        request.recordedBy = r.recordedBy();
        request.citizenSubject = r.citizenSubject();
        request.requester = r.requester();
        request.informationRequested = r.informationRequested();
        request.purpose = r.purpose();
        request.obtainMethod = r.obtainMethod();
        request.deliveryMethod = r.deliveryMethod();
        request.unitId = r.unitId();
        request.status = RequestStatus.REGISTERED;
        DueDate due = calendar.addWorkingDays(r.receivedAt(), ANSWER_WORKING_DAYS);
        request.dueDate = due.dueDate();
        request.dueDateExplanation = due.explanation();
        request.history.add(new HistoryEntry(now, "REGISTERED", request.status, null));
        request.reschedule(calendar);
        request.recordEvent(RequestRegistered.TYPE, request.tenant, new RequestRegistered(request.id, request.tenant,
                request.registrationNumber, request.channel.name(), request.requester.type().name(),
                request.receivedAt, request.registeredAt, request.dueDate, request.unitId), now);
        return request;
    }

    /** PPID utama hands the request to a unit (or to another one); possible while the notice is still due. */
    public void assign(String newUnitId, Instant now) {
        requireOpen();
        if (newUnitId.equals(unitId)) {
            return;
        }
        String previous = unitId;
        unitId = newUnitId;
        if (status == RequestStatus.REGISTERED) {
            status = RequestStatus.IN_PROGRESS;
        }
        history.add(new HistoryEntry(now, "ASSIGNED", status, null));
        recordEvent(RequestAssigned.TYPE, tenant, new RequestAssigned(id, tenant, registrationNumber, unitId,
                previous, now), now);
    }

    /** UU KIP Pasal 22(8): at most 7 more working days, once, with written reasons, before the due date passes. */
    public void extend(String reason, String by, WorkingDayCalendar calendar, Instant now) {
        requireOpen();
        if (!reopenings.isEmpty()) {
            // the period after an upheld keberatan is the atasan's, not the Pasal 22(8) one
            throw ApiException.conflict("extension-after-objection", registrationNumber, dueDate);
        }
        if (extension != null) {
            throw ApiException.conflict("already-extended", registrationNumber, dueDate);
        }
        if (calendar.localDate(now).isAfter(dueDate)) {
            throw ApiException.unprocessable("extension-too-late", dueDate);
        }
        LocalDate previous = dueDate;
        DueDate extended = calendar.extend(new DueDate(dueDate, dueDateExplanation), EXTENSION_WORKING_DAYS);
        extension = new Extension(reason, now, by, previous);
        dueDate = extended.dueDate();
        dueDateExplanation = extended.explanation();
        status = RequestStatus.EXTENDED;
        reschedule(calendar);
        history.add(new HistoryEntry(now, "EXTENDED", status, reason));
        recordEvent(RequestExtended.TYPE, tenant, new RequestExtended(id, tenant, registrationNumber, previous,
                dueDate, reason, now), now);
    }

    /** The written notice; also after the due date (then marked late), never twice. */
    public void decide(Decision.Content content, WorkingDayCalendar calendar, Instant now) {
        requireOpen();
        // after an upheld keberatan the new notice is measured against the period the atasan gave
        Instant periodStart = reopenings.isEmpty() ? receivedAt : reopenings.getLast().reopenedAt();
        int taken = calendar.workingDaysBetween(periodStart, now);
        boolean late = calendar.localDate(now).isAfter(dueDate);
        decision = content.build(now, taken, late);
        status = decision.outcome().status();
        reschedule(calendar);
        history.add(new HistoryEntry(now, "DECIDED", status, null));
        recordEvent(RequestDecided.TYPE, tenant, new RequestDecided(id, tenant, registrationNumber,
                decision.outcome().name(), decision.legalBasis() == null ? null : decision.legalBasis().name(),
                now, taken, late, decision.totalFee()), now);
    }

    /**
     * The last day a keberatan may be filed (UU KIP Pasal 36(1): 30 working days after its cause), with the cause:
     * the written notice, or the lapse of the due date without one. Refuses while a keberatan is pending, before
     * there is a cause, and after the window closed.
     */
    public ObjectionWindow objectionWindow(WorkingDayCalendar calendar, Instant now) {
        requireNotClosed();
        if (pendingObjection().isPresent()) {
            throw ApiException.conflict("objection-pending", pendingObjection().get().objectionNumber());
        }
        LocalDate today = calendar.localDate(now);
        Objection.Cause cause;
        LocalDate causeDate;
        if (decision != null) {
            cause = Objection.Cause.DECISION;
            causeDate = calendar.localDate(decision.decidedAt());
        } else if (today.isAfter(dueDate)) {
            cause = Objection.Cause.LAPSE;
            causeDate = dueDate;
        } else {
            throw ApiException.unprocessable("objection-premature", dueDate);
        }
        LocalDate deadline = calendar.addWorkingDays(causeDate, OBJECTION_FILING_WORKING_DAYS).dueDate();
        if (today.isAfter(deadline)) {
            throw ApiException.unprocessable("objection-late", deadline);
        }
        return new ObjectionWindow(cause, causeDate, deadline);
    }

    public record ObjectionWindow(Objection.Cause cause, LocalDate causeDate, LocalDate deadline) {
    }

    /** Files a keberatan inside {@code window} (from {@link #objectionWindow}); the atasan answers in 30 HK. */
    public Objection fileObjection(ObjectionWindow window, String objectionNumber, ObjectionGround ground,
                                   String reason, WorkingDayCalendar calendar, Instant now) {
        DueDate answerDue = calendar.addWorkingDays(now, OBJECTION_ANSWER_WORKING_DAYS);
        Objection objection = new Objection(objectionNumber, ground, reason, now, window.cause(), window.causeDate(),
                window.deadline(), answerDue.dueDate(), answerDue.explanation(), null, null, null, null, false, null,
                null, false, null);
        objections.add(objection);
        reschedule(calendar);
        history.add(new HistoryEntry(now, "OBJECTION_FILED", status, objectionNumber));
        recordEvent(ObjectionFiled.TYPE, tenant, new ObjectionFiled(id, tenant, registrationNumber, objectionNumber,
                ground.name(), now, objection.responseDueDate()), now);
        return objection;
    }

    /**
     * The atasan PPID's answer to the pending keberatan. DISMISSED needs reasons (Pasal 36(3)); SETTLED (agreement)
     * is possible only for grounds B–G (Pasal 35(2)). UPHELD means the PPID must act: the request reopens for a new
     * written notice within {@code actionWorkingDays} (the atasan's period; null → the ordinary 10 working days).
     */
    public Objection decideObjection(ObjectionResult result, String reasons, String by, WorkingDayCalendar calendar,
                                     Instant now) {
        return decideObjection(result, reasons, null, by, calendar, now);
    }

    public Objection decideObjection(ObjectionResult result, String reasons, Integer actionWorkingDays, String by,
                                     WorkingDayCalendar calendar, Instant now) {
        Objection pending = pendingObjection()
                .orElseThrow(() -> ApiException.conflict("no-pending-objection", registrationNumber));
        if (result == ObjectionResult.SETTLED && pending.ground() == ObjectionGround.A) {
            throw ApiException.unprocessable("objection-not-settleable", pending.objectionNumber());
        }
        boolean late = calendar.localDate(now).isAfter(pending.responseDueDate());
        DueDate action = result == ObjectionResult.UPHELD ? calendar.addWorkingDays(now,
                actionWorkingDays == null ? DEFAULT_ACTION_WORKING_DAYS : actionWorkingDays) : null;
        Objection decided = pending.decided(result, reasons, now, by, late, action);
        objections.set(objections.indexOf(pending), decided);
        history.add(new HistoryEntry(now, "OBJECTION_DECIDED", status, pending.objectionNumber() + " " + result));
        if (action != null) {
            reopen(decided, action, now);
        }
        reschedule(calendar);
        recordEvent(ObjectionDecided.TYPE, tenant, new ObjectionDecided(id, tenant, registrationNumber,
                pending.objectionNumber(), result.name(), now, late), now);
        return decided;
    }

    /**
     * UU KIP Pasal 36 / Perki 1/2021: an upheld keberatan obliges the PPID to act on it. The notice the keberatan was
     * against (if any) is kept in {@link #reopenings()}, and the request waits again for a written notice, due at
     * the end of the atasan's period, with its own explanation, reminders and overdue notice.
     */
    private void reopen(Objection upheld, DueDate action, Instant now) {
        reopenings.add(new Reopening(upheld.objectionNumber(), now, decision, dueDate,
                action.explanation().workingDays(), action.dueDate()));
        decision = null;
        dueDate = action.dueDate();
        dueDateExplanation = action.explanation();
        overdueNotifiedAt = null;
        status = RequestStatus.IN_PROGRESS;
        history.add(new HistoryEntry(now, "REOPENED", status, upheld.objectionNumber() + " " + dueDate));
    }

    /**
     * The atasan's side of the clock: one reminder {@value #OBJECTION_REMINDER_WORKING_DAYS} working days before
     * the pending keberatan's answer is due, and one {@code objection-overdue} the day after; each recorded in the
     * keberatan so no replica sends it twice.
     */
    private boolean checkObjectionClock(WorkingDayCalendar calendar, Instant now) {
        Optional<Objection> found = pendingObjection();
        if (found.isEmpty() || status == RequestStatus.CLOSED) {
            return false;
        }
        Objection pending = found.get();
        LocalDate today = calendar.localDate(now);
        LocalDate due = pending.responseDueDate();
        if (today.isAfter(due)) {
            if (pending.answerOverdueAt() != null) {
                return false;
            }
            objections.set(objections.indexOf(pending), pending.overdueNoticed(now));
            history.add(new HistoryEntry(now, "OBJECTION_OVERDUE", status, pending.objectionNumber()));
            recordEvent(ObjectionOverdue.TYPE, tenant, new ObjectionOverdue(id, tenant, registrationNumber,
                    pending.objectionNumber(), due, now), now);
            return true;
        }
        if (pending.reminderSent() || today.isBefore(dayWithWorkingDaysLeft(calendar, due,
                OBJECTION_REMINDER_WORKING_DAYS))) {
            return false;
        }
        objections.set(objections.indexOf(pending), pending.reminded());
        recordEvent(ObjectionDueSoon.TYPE, tenant, new ObjectionDueSoon(id, tenant, registrationNumber,
                pending.objectionNumber(), due, calendar.workingDaysBetween(today, due), now), now);
        return true;
    }

    /** The next day the atasan's side of the clock has something to do; null when nothing. */
    private LocalDate nextObjectionCheck(WorkingDayCalendar calendar) {
        Optional<Objection> pending = pendingObjection();
        if (status == RequestStatus.CLOSED || pending.isEmpty() || pending.get().answerOverdueAt() != null) {
            return null;
        }
        LocalDate due = pending.get().responseDueDate();
        return pending.get().reminderSent() ? due.plusDays(1)
                : dayWithWorkingDaysLeft(calendar, due, OBJECTION_REMINDER_WORKING_DAYS);
    }

    /**
     * The clock check of the scheduled job: records the reminder (3 or 1 working days before the due date) or the
     * overdue notice that is due now and has not been recorded yet. At most one per call; true when something was
     * recorded (the caller saves, and the optimistic lock lets only one replica's save win).
     */
    public boolean checkClock(WorkingDayCalendar calendar, Instant now) {
        if (!status.open()) {
            return false;
        }
        LocalDate today = calendar.localDate(now);
        if (today.isAfter(dueDate)) {
            if (overdueNotifiedAt != null) {
                return false;
            }
            overdueNotifiedAt = now;
            history.add(new HistoryEntry(now, "OVERDUE", status, dueDate.toString()));
            recordEvent(RequestOverdue.TYPE, tenant, new RequestOverdue(id, tenant, registrationNumber, unitId, dueDate,
                    now), now);
            return true;
        }
        int left = calendar.workingDaysBetween(today, dueDate);
        // the tightest stage reached; a job that missed a day still sends it once, and never an earlier one after
        Integer stage = REMINDER_STAGES.stream().filter(s -> left <= s).reduce((a, b) -> b).orElse(null);
        if (stage == null || reminders.stream().anyMatch(r -> r.dueDate().equals(dueDate)
                && r.workingDaysLeft() <= stage)) {
            return false;
        }
        reminders.add(new Reminder(dueDate, stage, now));
        recordEvent(RequestDueSoon.TYPE, tenant, new RequestDueSoon(id, tenant, registrationNumber, unitId, dueDate,
                stage, now), now);
        return true;
    }

    /**
     * One round of the clock job for this request: the reminder or overdue notice of an open request, or the
     * closing of a decided one, then the day of the next check. True when the document changed and must be saved.
     */
    public boolean clockRound(WorkingDayCalendar calendar, Instant now) {
        LocalDate before = nextClockCheck;
        boolean acted = checkObjectionClock(calendar, now)
                || (status.open() ? checkClock(calendar, now) : closeIfLapsed(calendar, now));
        reschedule(calendar);
        return acted || !java.util.Objects.equals(before, nextClockCheck);
    }

    private void reschedule(WorkingDayCalendar calendar) {
        LocalDate request = nextCheck(calendar);
        LocalDate objection = nextObjectionCheck(calendar);
        nextClockCheck = request == null ? objection
                : objection == null || request.isBefore(objection) ? request : objection;
    }

    private LocalDate nextCheck(WorkingDayCalendar calendar) {
        if (status == RequestStatus.CLOSED) {
            return null;
        }
        if (status.open()) {
            if (overdueNotifiedAt != null) {
                return null;
            }
            for (int stage : REMINDER_STAGES) {
                boolean sent = reminders.stream().anyMatch(r -> r.dueDate().equals(dueDate)
                        && r.workingDaysLeft() <= stage);
                if (!sent) {
                    return reminderDay(calendar, stage);
                }
            }
            return dueDate.plusDays(1);
        }
        if (dispute != null) {
            return null; // the commission's decision closes the request directly
        }
        if (objections.isEmpty()) {
            return calendar.addWorkingDays(calendar.localDate(decision.decidedAt()), OBJECTION_FILING_WORKING_DAYS)
                    .dueDate().plusDays(1);
        }
        // unanswered: the sengketa window runs from the end of the answer period; an answer reschedules
        return lastDayAfterObjection(calendar).plusDays(1);
    }

    /**
     * For a decided request with a keberatan: the last day of what the requester can still do. After a dismissed or
     * settled keberatan (or its lapse), the 14 working days for a sengketa. After an upheld one the PPID gave a new
     * notice: it starts both a sengketa (14 working days) and a keberatan against the new notice (30), so the later.
     */
    private LocalDate lastDayAfterObjection(WorkingDayCalendar calendar) {
        Objection last = objections.getLast();
        if (last.result() == ObjectionResult.UPHELD) {
            return calendar.addWorkingDays(calendar.localDate(decision.decidedAt()), OBJECTION_FILING_WORKING_DAYS)
                    .dueDate();
        }
        LocalDate cause = last.pending() ? last.responseDueDate() : calendar.localDate(last.decidedAt());
        return calendar.addWorkingDays(cause, DISPUTE_FILING_WORKING_DAYS).dueDate();
    }

    /**
     * The first day with at most {@code stage} working days left until the due date (the day itself not counted):
     * the ({@code stage}+1)-th working day counted back from the due date.
     */
    private LocalDate reminderDay(WorkingDayCalendar calendar, int stage) {
        return dayWithWorkingDaysLeft(calendar, dueDate, stage);
    }

    private static LocalDate dayWithWorkingDaysLeft(WorkingDayCalendar calendar, LocalDate due, int stage) {
        LocalDate day = due;
        int counted = 0;
        while (true) {
            if (calendar.isWorkingDay(day) && ++counted == stage + 1) {
                return day;
            }
            day = day.minusDays(1);
        }
    }

    /**
     * Closes a decided request once nothing more can happen under the law: no keberatan filed within its 30 working
     * days, or no sengketa within 14 working days after the keberatan's answer (or the lapse of its answer period).
     * A request never answered stays open (and overdue): the PPID still owes the notice.
     */
    public boolean closeIfLapsed(WorkingDayCalendar calendar, Instant now) {
        if (status.open() || status == RequestStatus.CLOSED) {
            return false;
        }
        if (dispute != null) {
            if (dispute.open()) {
                return false;
            }
            close(Closure.Reason.DISPUTE_DECIDED, now);
            return true;
        }
        LocalDate today = calendar.localDate(now);
        Optional<LocalDate> lastDay = lastDayForNextStep(calendar, today);
        if (lastDay.isEmpty() || !today.isAfter(lastDay.get())) {
            return false;
        }
        close(Closure.Reason.WINDOW_LAPSED, now);
        return true;
    }

    /** The last day of the window the requester has now (keberatan or sengketa); empty while a step is running. */
    private Optional<LocalDate> lastDayForNextStep(WorkingDayCalendar calendar, LocalDate today) {
        if (objections.isEmpty()) {
            return Optional.of(calendar.addWorkingDays(calendar.localDate(decision.decidedAt()),
                    OBJECTION_FILING_WORKING_DAYS).dueDate());
        }
        Objection last = objections.getLast();
        if (last.pending() && !today.isAfter(last.responseDueDate())) {
            return Optional.empty();
        }
        return Optional.of(lastDayAfterObjection(calendar));
    }

    /** The requester withdraws (or accepts the notice and ends the matter); not while a keberatan or sengketa runs. */
    public void withdraw(Instant now) {
        requireNotClosed();
        if (pendingObjection().isPresent() || (dispute != null && dispute.open())) {
            throw ApiException.conflict("withdrawal-not-possible", registrationNumber);
        }
        close(Closure.Reason.WITHDRAWN, now);
    }

    private void close(Closure.Reason reason, Instant now) {
        closure = new Closure(reason, now, status);
        status = RequestStatus.CLOSED;
        nextClockCheck = null;
        history.add(new HistoryEntry(now, "CLOSED", status, reason.name()));
        recordEvent(RequestClosed.TYPE, tenant, new RequestClosed(id, tenant, registrationNumber, reason.name(), now),
                now);
    }

    /**
     * The information is held by another tenant on this platform: the written notice says so (NOT_HELD naming the
     * holder, Pasal 22(7)b) and the request is handed over; a consumer of {@code request-forwarded} creates the
     * linked request there with id {@code target.requestId()}.
     */
    public void forward(Decision.Content notHeld, Forwarding target, WorkingDayCalendar calendar, Instant now) {
        decide(notHeld, calendar, now);
        forwardedTo = target;
        history.add(new HistoryEntry(now, "FORWARDED", status, target.tenantName()));
        recordEvent(RequestForwarded.TYPE, tenant, new RequestForwarded(id, tenant, registrationNumber, target.tenant(),
                target.requestId(), target.reason(), now), now);
    }

    /** A request created from another tenant's forwarding; it keeps the link back and the requester's code. */
    public static InformationRequest forwardedCopy(Registration r, Forwarding from, WorkingDayCalendar calendar,
                                                   Instant now) {
        InformationRequest request = register(r, calendar, now);
        request.forwardedFrom = from;
        request.history.add(new HistoryEntry(now, "FORWARDED_FROM", request.status, from.tenantName() + " "
                + from.registrationNumber()));
        return request;
    }

    /** Stores the linked request's number on the original; false when it was already known. */
    public boolean linkForwarded(String linkedRegistrationNumber) {
        if (forwardedTo == null || linkedRegistrationNumber.equals(forwardedTo.registrationNumber())) {
            return false;
        }
        forwardedTo = forwardedTo.withRegistrationNumber(linkedRegistrationNumber);
        return true;
    }

    /**
     * Records a sengketa filed with the Komisi Informasi on {@code filedOn}: only after a keberatan was answered or
     * its answer period lapsed, and within 14 working days of that (UU KIP Pasal 37(2)); one per request.
     */
    public Dispute recordDispute(String commission, String kiRegistrationNumber, LocalDate filedOn,
                                 WorkingDayCalendar calendar, Instant now) {
        requireNotClosed();
        if (dispute != null) {
            throw ApiException.conflict("dispute-exists", registrationNumber);
        }
        if (objections.isEmpty()) {
            throw ApiException.unprocessable("dispute-without-objection", registrationNumber);
        }
        Objection last = objections.getLast();
        LocalDate cause;
        if (last.pending()) {
            if (!filedOn.isAfter(last.responseDueDate())) {
                throw ApiException.unprocessable("dispute-premature", last.responseDueDate());
            }
            cause = last.responseDueDate();
        } else if (last.result() == ObjectionResult.UPHELD) {
            // the answer was in the requester's favour: what can be disputed is the PPID's new notice, or its
            // absence once the period the atasan gave lapsed (Pasal 37(1): the answer not carried out)
            if (status.open()) {
                if (!filedOn.isAfter(dueDate)) {
                    throw ApiException.unprocessable("dispute-awaits-notice", dueDate);
                }
                cause = dueDate;
            } else {
                cause = calendar.localDate(decision.decidedAt());
                if (filedOn.isBefore(cause)) {
                    throw ApiException.unprocessable("dispute-premature", cause);
                }
            }
        } else {
            cause = calendar.localDate(last.decidedAt());
            if (filedOn.isBefore(cause)) {
                throw ApiException.unprocessable("dispute-premature", cause);
            }
        }
        LocalDate deadline = calendar.addWorkingDays(cause, DISPUTE_FILING_WORKING_DAYS).dueDate();
        if (filedOn.isAfter(deadline)) {
            throw ApiException.unprocessable("dispute-late", deadline);
        }
        dispute = new Dispute(commission, kiRegistrationNumber, last.objectionNumber(), cause, deadline, filedOn, now,
                null, null, null, null, null, null, null, null, null);
        reschedule(calendar);
        history.add(new HistoryEntry(now, "DISPUTE_RECORDED", status, commission));
        recordEvent(DisputeRecorded.TYPE, tenant, new DisputeRecorded(id, tenant, registrationNumber, commission,
                kiRegistrationNumber, filedOn, now), now);
        return dispute;
    }

    /** Staff track the commission's steps: registration, mediation, adjudication (null fields stay as they are). */
    public Dispute progressDispute(String kiRegistrationNumber, LocalDate registeredOn, LocalDate mediationStartedOn,
                                   LocalDate mediationEndedOn, Dispute.MediationResult mediationResult,
                                   LocalDate adjudicationStartedOn) {
        Dispute current = openDispute();
        dispute = current.progressed(kiRegistrationNumber, registeredOn, mediationStartedOn, mediationEndedOn,
                mediationResult, adjudicationStartedOn);
        return dispute;
    }

    /** The commission's putusan (or the mediation agreement); a decided request then closes. */
    public Dispute decideDispute(Dispute.DisputeOutcome outcome, String decisionNumber, LocalDate decidedOn,
                                 String summary, Instant now) {
        Dispute current = openDispute();
        dispute = current.decided(outcome, decisionNumber, decidedOn, summary);
        history.add(new HistoryEntry(now, "DISPUTE_DECIDED", status, outcome.name()));
        recordEvent(DisputeDecided.TYPE, tenant, new DisputeDecided(id, tenant, registrationNumber,
                dispute.kiRegistrationNumber(), outcome.name(), decisionNumber, decidedOn, now), now);
        if (!status.open() && status != RequestStatus.CLOSED) {
            close(Closure.Reason.DISPUTE_DECIDED, now);
        }
        return dispute;
    }

    /**
     * The proxy's power of attorney (surat kuasa khusus, Perki 1/2021); a new upload replaces the previous one,
     * which is returned so its bytes can be deleted.
     */
    public Optional<AttachedDocument> attachPowerOfAttorney(AttachedDocument document, Instant now) {
        requireNotClosed();
        AttachedDocument previous = powerOfAttorney;
        powerOfAttorney = document;
        history.add(new HistoryEntry(now, "POWER_OF_ATTORNEY", status, document.fileName()));
        return Optional.ofNullable(previous);
    }

    private Dispute openDispute() {
        if (dispute == null) {
            throw ApiException.conflict("no-dispute", registrationNumber);
        }
        if (!dispute.open()) {
            throw ApiException.conflict("dispute-decided", registrationNumber);
        }
        return dispute;
    }

    private void requireNotClosed() {
        if (status == RequestStatus.CLOSED) {
            throw ApiException.conflict("request-closed", registrationNumber);
        }
    }

    public Optional<Objection> pendingObjection() {
        return objections.stream().filter(Objection::pending).findFirst();
    }

    /** Overdue: the notice is still due and the tenant-local date is past the due date. */
    public boolean overdue(WorkingDayCalendar calendar, Instant now) {
        return status.open() && calendar.localDate(now).isAfter(dueDate);
    }

    private void requireOpen() {
        if (!status.open()) {
            throw ApiException.conflict("request-decided", registrationNumber, status);
        }
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String trackingCodeHash() {
        return trackingCodeHash;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String citizenSubject() {
        return citizenSubject;
    }

    public Requester requester() {
        return requester;
    }

    public String informationRequested() {
        return informationRequested;
    }

    public String purpose() {
        return purpose;
    }

    public ObtainMethod obtainMethod() {
        return obtainMethod;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public String unitId() {
        return unitId;
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public DueDateExplanation dueDateExplanation() {
        return dueDateExplanation;
    }

    public Extension extension() {
        return extension;
    }

    public Decision decision() {
        return decision;
    }

    public List<Objection> objections() {
        return List.copyOf(objections);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /**
     * The first written notice given (the one the answer time of the Pasal 12 report measures): the one an upheld
     * keberatan set aside, if any, else the current one; null before any.
     */
    public Decision firstNotice() {
        return reopenings.stream().map(Reopening::previousDecision).filter(java.util.Objects::nonNull).findFirst()
                .orElse(decision);
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    public Instant overdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public Closure closure() {
        return closure;
    }

    public Forwarding forwardedTo() {
        return forwardedTo;
    }

    public Forwarding forwardedFrom() {
        return forwardedFrom;
    }

    public Dispute dispute() {
        return dispute;
    }

    public AttachedDocument powerOfAttorney() {
        return powerOfAttorney;
    }

    public LocalDate nextClockCheck() {
        return nextClockCheck;
    }
}
