package id.terbuka.complaint.complaint;

import id.terbuka.calendar.DueDate;
import id.terbuka.calendar.DueDateExplanation;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.events.contracts.complaint.ComplaintClosed;
import id.terbuka.events.contracts.complaint.ComplaintDispatched;
import id.terbuka.events.contracts.complaint.ComplaintMerged;
import id.terbuka.events.contracts.complaint.ComplaintReceived;
import id.terbuka.events.contracts.complaint.ComplaintRejected;
import id.terbuka.events.contracts.complaint.ComplaintReopened;
import id.terbuka.events.contracts.complaint.ComplaintResponded;
import id.terbuka.events.contracts.complaint.ComplaintSlaBreached;
import id.terbuka.events.contracts.complaint.ComplaintVerified;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A pengaduan in the SP4N-LAPOR! flow (domain.md §6): received → the coordinator verifies within 3 working days
 * (or rejects) → dispatched to a unit → the unit's liaison follows up within 5 working days → the reporter accepts
 * (closed, rated) or reopens. Due dates are computed once, when the clock starts, and stored with their
 * explanation. {@code dueDate} is the one staff clock running now (null when none), so work lists sort and filter
 * breaches on one field.
 */
@Document(Complaint.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "tenant_tracking", def = "{'tenant': 1, 'trackingId': 1}", unique = true),
        @CompoundIndex(name = "tenant_status_due", def = "{'tenant': 1, 'status': 1, 'dueDate': 1}"),
        @CompoundIndex(name = "tenant_unit_due", def = "{'tenant': 1, 'unitId': 1, 'dueDate': 1}")})
public class Complaint extends AggregateRoot {

    public static final String COLLECTION = "complaints";

    @Id
    private String id;
    private String tenant;
    private String trackingId;
    private String reporterCodeHash;
    /** Where it came from, unique: a redelivered webhook message cannot open a second complaint. */
    @Indexed(unique = true)
    private String sourceKey;
    private Channel channel;
    private String citizenSubject;
    private String title;
    private String description;
    private String category;
    private Location location;
    private boolean anonymous;
    private boolean confidential;
    private Reporter reporter;
    private ComplaintStatus status;
    private Instant receivedAt;
    private LocalDate verificationDueDate;
    private DueDateExplanation verificationDueDateExplanation;
    private Instant verifiedAt;
    private boolean verificationLate;
    private Rejection rejection;
    private String unitId;
    private List<Dispatch> dispatches = new ArrayList<>();
    private Instant followUpClockStartedAt;
    private LocalDate followUpDueDate;
    private DueDateExplanation followUpDueDateExplanation;
    private List<FollowUp> followUps = new ArrayList<>();
    private LocalDate reporterDeadline;
    private Feedback feedback;
    private LocalDate dueDate;
    private DueKind dueKind;
    /** The running clock's breach was announced ({@code complaint-sla-breached}); reset when a new clock starts. */
    private boolean breachReported;
    private boolean autoClosed;
    /** Set on a duplicate merged into another complaint (its tracking id is public, like every tracking id). */
    private String mergedInto;
    private String mergedIntoTrackingId;
    /** The duplicates merged into this one: their reporters get this complaint's updates. */
    private List<String> mergedFrom = new ArrayList<>();
    private List<Attachment> attachments = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();
    private List<ReporterMessage> messages = new ArrayList<>();

    private Complaint() {
    }

    /** What is known at intake; the reporter's identity already sealed (null when anonymous). */
    public record Intake(String id, String tenant, String trackingId, String reporterCodeHash, String sourceKey,
                         Channel channel, String citizenSubject, String title, String description, String category,
                         Location location, boolean anonymous, boolean confidential, Reporter reporter) {
    }

    public static Complaint receive(Intake in, int verificationDays, WorkingDayCalendar calendar, Instant now) {
        Complaint c = new Complaint();
        c.id = in.id();
        c.tenant = in.tenant();
        c.trackingId = in.trackingId();
        c.reporterCodeHash = in.reporterCodeHash();
        c.sourceKey = in.sourceKey();
        c.channel = in.channel();
        c.citizenSubject = in.citizenSubject();
        c.title = in.title();
        c.description = in.description();
        c.category = in.category();
        c.location = in.location();
        c.anonymous = in.anonymous();
        c.confidential = in.confidential();
        c.reporter = in.anonymous() ? null : in.reporter();
        c.status = ComplaintStatus.RECEIVED;
        c.receivedAt = now;
        DueDate due = calendar.addWorkingDays(now, verificationDays);
        c.verificationDueDate = due.dueDate();
        c.verificationDueDateExplanation = due.explanation();
        c.dueDate = due.dueDate();
        c.dueKind = DueKind.VERIFICATION;
        c.history.add(new HistoryEntry(now, "RECEIVED", c.status, null, null));
        c.recordEvent(ComplaintReceived.TYPE, c.tenant, new ComplaintReceived(c.id, c.tenant, c.trackingId,
                c.channel.name(), c.category, c.anonymous, c.confidential, now, c.verificationDueDate), now);
        return c;
    }

    /** The coordinator accepts it; the verification clock keeps running until it is dispatched. */
    public void verify(String by, WorkingDayCalendar calendar, Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED));
        status = ComplaintStatus.VERIFIED;
        verifiedAt = now;
        verificationLate = calendar.localDate(now).isAfter(verificationDueDate);
        history.add(new HistoryEntry(now, "VERIFIED", status, null, null));
        recordEvent(ComplaintVerified.TYPE, tenant, new ComplaintVerified(id, tenant, trackingId, now,
                verificationLate), now);
    }

    public void reject(RejectionReason reason, String note, String by, WorkingDayCalendar calendar, Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED));
        boolean late = calendar.localDate(now).isAfter(verificationDueDate);
        rejection = new Rejection(reason, note, now, by, late);
        status = ComplaintStatus.REJECTED;
        stopClock();
        history.add(new HistoryEntry(now, "REJECTED", status, null, reason.name()));
        recordEvent(ComplaintRejected.TYPE, tenant, new ComplaintRejected(id, tenant, trackingId, reason.name(),
                now, late), now);
    }

    /**
     * Sends a verified complaint to a unit, or re-sends it while the unit still owes a follow-up; each dispatch is
     * kept and starts a fresh follow-up clock.
     */
    public void dispatch(String newUnitId, String note, String by, int followUpDays, WorkingDayCalendar calendar,
                         Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.VERIFIED, ComplaintStatus.DISPATCHED, ComplaintStatus.IN_PROGRESS,
                ComplaintStatus.REOPENED));
        if (newUnitId.equals(unitId)) {
            throw ApiException.conflict("already-dispatched", trackingId, unitId);
        }
        String previous = unitId;
        unitId = newUnitId;
        startFollowUpClock(followUpDays, calendar, now);
        dispatches.add(new Dispatch(newUnitId, now, by, note, followUpDueDate));
        status = ComplaintStatus.DISPATCHED;
        history.add(new HistoryEntry(now, "DISPATCHED", status, newUnitId, null));
        recordEvent(ComplaintDispatched.TYPE, tenant, new ComplaintDispatched(id, tenant, trackingId, unitId,
                previous, now, followUpDueDate), now);
    }

    /** The unit's liaison reports progress or posts the answer; the answer starts the reporter's window. */
    public FollowUp followUp(ComplaintStatus next, String message, String by, int reporterDays,
                             WorkingDayCalendar calendar, Instant now) {
        requireStatus(ComplaintStatus.AT_UNIT);
        if (next != ComplaintStatus.IN_PROGRESS && next != ComplaintStatus.RESPONDED) {
            throw new IllegalArgumentException("a follow-up is IN_PROGRESS or RESPONDED: " + next);
        }
        FollowUp followUp;
        if (next == ComplaintStatus.RESPONDED) {
            int taken = calendar.workingDaysBetween(followUpClockStartedAt, now);
            boolean late = calendar.localDate(now).isAfter(followUpDueDate);
            followUp = new FollowUp(now, by, unitId, next, message, taken, late);
            reporterDeadline = calendar.addWorkingDays(now, reporterDays).dueDate();
            stopClock();
            recordEvent(ComplaintResponded.TYPE, tenant, new ComplaintResponded(id, tenant, trackingId, unitId, now,
                    taken, late), now);
        } else {
            followUp = new FollowUp(now, by, unitId, next, message, null, false);
        }
        followUps.add(followUp);
        status = next;
        history.add(new HistoryEntry(now, next == ComplaintStatus.RESPONDED ? "RESPONDED" : "FOLLOW_UP", status,
                unitId, message));
        return followUp;
    }

    /** The reporter accepts the follow-up and rates it. */
    public void accept(int rating, String comment, Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.RESPONDED));
        feedback = new Feedback(rating, comment, now);
        status = ComplaintStatus.CLOSED;
        history.add(new HistoryEntry(now, "CLOSED", status, unitId, null));
        recordEvent(ComplaintClosed.TYPE, tenant, new ComplaintClosed(id, tenant, trackingId, unitId, rating, now,
                false), now);
    }

    /**
     * Closes an answered complaint whose reporter did not react within the reporter window (10 working days after
     * the answer). False when it is not due (or not answered); so a second run, or another replica, changes nothing.
     */
    public boolean autoCloseIfDue(WorkingDayCalendar calendar, Instant now) {
        if (status != ComplaintStatus.RESPONDED || reporterDeadline == null
                || !calendar.localDate(now).isAfter(reporterDeadline)) {
            return false;
        }
        status = ComplaintStatus.CLOSED;
        autoClosed = true;
        history.add(new HistoryEntry(now, "AUTO_CLOSED", status, unitId, null));
        recordEvent(ComplaintClosed.TYPE, tenant, new ComplaintClosed(id, tenant, trackingId, unitId, 0, now, true),
                now);
        return true;
    }

    /** Announces the running clock's breach, once per clock; false when none is breached or it was announced. */
    public boolean reportBreachIfDue(WorkingDayCalendar calendar, Instant now) {
        if (breachReported || !breached(calendar, now)) {
            return false;
        }
        breachReported = true;
        recordEvent(ComplaintSlaBreached.TYPE, tenant, new ComplaintSlaBreached(id, tenant, trackingId, dueKind.name(),
                dueDate, dueKind == DueKind.FOLLOW_UP ? unitId : null, now), now);
        return true;
    }

    /** The reporter does not accept the follow-up, within its window; the unit gets a fresh follow-up clock. */
    public void reopen(String reason, int followUpDays, WorkingDayCalendar calendar, Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.RESPONDED));
        if (reporterDeadline != null && calendar.localDate(now).isAfter(reporterDeadline)) {
            throw ApiException.unprocessable("reopen-too-late", reporterDeadline);
        }
        startFollowUpClock(followUpDays, calendar, now);
        reporterDeadline = null;
        status = ComplaintStatus.REOPENED;
        history.add(new HistoryEntry(now, "REOPENED", status, unitId, reason));
        recordEvent(ComplaintReopened.TYPE, tenant, new ComplaintReopened(id, tenant, trackingId, unitId, now,
                followUpDueDate), now);
    }

    /**
     * Merges this complaint, a duplicate found before dispatch, into {@code target}: it ends as REJECTED (reason
     * DUPLICATE) pointing to the target, and the target lists it so both reporters get the updates.
     */
    public void mergeInto(Complaint target, String by, WorkingDayCalendar calendar, Instant now) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED));
        if (target.id.equals(id) || !target.tenant.equals(tenant) || !target.open() || target.mergedInto != null) {
            throw ApiException.conflict("merge-target", target.trackingId, target.status);
        }
        boolean late = calendar.localDate(now).isAfter(verificationDueDate);
        rejection = new Rejection(RejectionReason.DUPLICATE, target.trackingId, now, by, late);
        status = ComplaintStatus.REJECTED;
        mergedInto = target.id;
        mergedIntoTrackingId = target.trackingId;
        stopClock();
        history.add(new HistoryEntry(now, "MERGED", status, null, target.trackingId));
        recordEvent(ComplaintMerged.TYPE, tenant, new ComplaintMerged(id, tenant, trackingId, target.id,
                target.trackingId, now), now);
    }

    /** The target's side of a merge; false when it lists the duplicate already (a repeated merge). */
    public boolean absorb(Complaint duplicate, Instant now) {
        if (mergedFrom.contains(duplicate.id)) {
            return false;
        }
        mergedFrom.add(duplicate.id);
        history.add(new HistoryEntry(now, "MERGED_FROM", status, null, duplicate.trackingId));
        return true;
    }

    /** Adds a stored photo or document; at most {@code max} per complaint, and only while it is open. */
    public void attach(Attachment attachment, int max) {
        requireRoomForAttachment(max);
        if (attachments == null) {
            attachments = new ArrayList<>();
        }
        attachments.add(attachment);
    }

    /** Refuses (409) when the complaint is no longer open or has {@code max} attachments already. */
    public void requireRoomForAttachment(int max) {
        if (!open()) {
            throw ApiException.conflict("complaint-state", trackingId, status);
        }
        if (attachments().size() >= max) {
            throw ApiException.conflict("too-many-attachments", trackingId, max);
        }
    }

    /** Not yet closed or rejected: the reporter's later messages still join it. */
    public boolean open() {
        return status != ComplaintStatus.CLOSED && status != ComplaintStatus.REJECTED;
    }

    /**
     * Joins a later message of the reporter; false when it was joined before (or opened the complaint): platforms
     * redeliver.
     */
    public boolean addReporterMessage(ReporterMessage message) {
        if (message.sourceKey().equals(sourceKey)
                || messages.stream().anyMatch(m -> m.sourceKey().equals(message.sourceKey()))) {
            return false;
        }
        messages.add(message);
        history.add(new HistoryEntry(message.at(), "REPORTER_MESSAGE", status, null, null));
        return true;
    }

    /** The reporter named the category afterwards (messaging channels); a category once set stays. */
    public boolean completeCategory(String code) {
        if (category != null || code == null) {
            return false;
        }
        category = code;
        return true;
    }

    /** The reporter shared the place afterwards; a location once set stays. */
    public boolean completeLocation(Location where) {
        if (location != null || where == null) {
            return false;
        }
        location = where;
        return true;
    }

    /** A staff clock is running and the tenant-local date is past its due date. */
    public boolean breached(WorkingDayCalendar calendar, Instant now) {
        return dueDate != null && calendar.localDate(now).isAfter(dueDate);
    }

    /** Whether the complaint's content may be shown to the public. */
    public boolean publicContent() {
        return !confidential;
    }

    private void startFollowUpClock(int days, WorkingDayCalendar calendar, Instant now) {
        DueDate due = calendar.addWorkingDays(now, days);
        followUpClockStartedAt = now;
        followUpDueDate = due.dueDate();
        followUpDueDateExplanation = due.explanation();
        dueDate = due.dueDate();
        dueKind = DueKind.FOLLOW_UP;
        breachReported = false;
    }

    private void stopClock() {
        dueDate = null;
        dueKind = null;
    }

    private void requireStatus(Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw ApiException.conflict("complaint-state", trackingId, status);
        }
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() { return id; }
    public String tenant() { return tenant; }
    public String trackingId() { return trackingId; }
    public String reporterCodeHash() { return reporterCodeHash; }
    public String sourceKey() { return sourceKey; }
    public Channel channel() { return channel; }
    public String citizenSubject() { return citizenSubject; }
    public String title() { return title; }
    public String description() { return description; }
    public String category() { return category; }
    public Location location() { return location; }
    public boolean anonymous() { return anonymous; }
    public boolean confidential() { return confidential; }
    public Reporter reporter() { return reporter; }
    public ComplaintStatus status() { return status; }
    public Instant receivedAt() { return receivedAt; }
    public LocalDate verificationDueDate() { return verificationDueDate; }
    public DueDateExplanation verificationDueDateExplanation() { return verificationDueDateExplanation; }
    public Instant verifiedAt() { return verifiedAt; }
    public boolean verificationLate() { return verificationLate; }
    public Rejection rejection() { return rejection; }
    public String unitId() { return unitId; }
    public List<Dispatch> dispatches() { return List.copyOf(dispatches); }
    public LocalDate followUpDueDate() { return followUpDueDate; }
    public DueDateExplanation followUpDueDateExplanation() { return followUpDueDateExplanation; }
    public List<FollowUp> followUps() { return List.copyOf(followUps); }
    public LocalDate reporterDeadline() { return reporterDeadline; }
    public Feedback feedback() { return feedback; }
    public LocalDate dueDate() { return dueDate; }
    public DueKind dueKind() { return dueKind; }
    public boolean breachReported() { return breachReported; }
    public boolean autoClosed() { return autoClosed; }
    public String mergedInto() { return mergedInto; }
    public String mergedIntoTrackingId() { return mergedIntoTrackingId; }
    public List<Attachment> attachments() { return attachments == null ? List.of() : List.copyOf(attachments); }
    public List<String> mergedFrom() { return mergedFrom == null ? List.of() : List.copyOf(mergedFrom); }
    public List<HistoryEntry> history() { return List.copyOf(history); }
    public List<ReporterMessage> messages() { return messages == null ? List.of() : List.copyOf(messages); }
}
