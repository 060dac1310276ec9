package id.terbuka.request.information;

import id.terbuka.calendar.DueDate;
import id.terbuka.calendar.DueDateExplanation;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.events.contracts.request.ObjectionDecided;
import id.terbuka.events.contracts.request.ObjectionFiled;
import id.terbuka.events.contracts.request.RequestAssigned;
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
        @CompoundIndex(name = "tenant_status_due", def = "{'tenant': 1, 'status': 1, 'dueDate': 1}")})
public class InformationRequest extends AggregateRoot {

    public static final String COLLECTION = "information_requests";
    public static final int ANSWER_WORKING_DAYS = 10;
    public static final int EXTENSION_WORKING_DAYS = 7;
    public static final int OBJECTION_FILING_WORKING_DAYS = 30;
    public static final int OBJECTION_ANSWER_WORKING_DAYS = 30;

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
    private List<HistoryEntry> history = new ArrayList<>();

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
        history.add(new HistoryEntry(now, "EXTENDED", status, reason));
        recordEvent(RequestExtended.TYPE, tenant, new RequestExtended(id, tenant, registrationNumber, previous,
                dueDate, reason, now), now);
    }

    /** The written notice; also after the due date (then marked late), never twice. */
    public void decide(Decision.Content content, WorkingDayCalendar calendar, Instant now) {
        requireOpen();
        int taken = calendar.workingDaysBetween(receivedAt, now);
        boolean late = calendar.localDate(now).isAfter(dueDate);
        decision = content.build(now, taken, late);
        status = decision.outcome().status();
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
                window.deadline(), answerDue.dueDate(), answerDue.explanation(), null, null, null, null, false);
        objections.add(objection);
        history.add(new HistoryEntry(now, "OBJECTION_FILED", status, objectionNumber));
        recordEvent(ObjectionFiled.TYPE, tenant, new ObjectionFiled(id, tenant, registrationNumber, objectionNumber,
                ground.name(), now, objection.responseDueDate()), now);
        return objection;
    }

    /**
     * The atasan PPID's answer to the pending keberatan. DISMISSED needs reasons (Pasal 36(3)); SETTLED (agreement)
     * is possible only for grounds B–G (Pasal 35(2)).
     */
    public Objection decideObjection(ObjectionResult result, String reasons, String by, WorkingDayCalendar calendar,
                                     Instant now) {
        Objection pending = pendingObjection()
                .orElseThrow(() -> ApiException.conflict("no-pending-objection", registrationNumber));
        if (result == ObjectionResult.SETTLED && pending.ground() == ObjectionGround.A) {
            throw ApiException.unprocessable("objection-not-settleable", pending.objectionNumber());
        }
        boolean late = calendar.localDate(now).isAfter(pending.responseDueDate());
        Objection decided = pending.decided(result, reasons, now, by, late);
        objections.set(objections.indexOf(pending), decided);
        history.add(new HistoryEntry(now, "OBJECTION_DECIDED", status, pending.objectionNumber() + " " + result));
        recordEvent(ObjectionDecided.TYPE, tenant, new ObjectionDecided(id, tenant, registrationNumber,
                pending.objectionNumber(), result.name(), now, late), now);
        return decided;
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
}
