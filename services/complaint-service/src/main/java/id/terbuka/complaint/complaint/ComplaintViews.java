package id.terbuka.complaint.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.terbuka.calendar.CalendarWarning;
import id.terbuka.calendar.CountBasis;
import id.terbuka.calendar.DayOff;
import id.terbuka.calendar.DueDateExplanation;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.complaint.category.Categories;
import id.terbuka.complaint.category.Category;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of a complaint for its three audiences. The public sees a non-confidential complaint's content
 * with personal data redacted, and of a confidential one only its status. The reporter sees their own complaint in
 * full. Staff see everything but the identity of an anonymous reporter, which the complaint does not hold.
 */
@Component
public class ComplaintViews {

    public enum Audience { PUBLIC, REPORTER, STAFF }

    private final FieldCipher box;
    private final MessageSource messages;
    private final LocalUnitDirectory units;
    private final Categories categories;

    ComplaintViews(FieldCipher box, MessageSource messages, LocalUnitDirectory units, Categories categories) {
        this.box = box;
        this.messages = messages;
        this.units = units;
        this.categories = categories;
    }

    public record ExplanationView(LocalDate start, int workingDays, CountBasis basis, LocalDate dueDate,
                                  List<DayOff> skippedDays, List<CalendarWarning> warnings, String text) {
        static ExplanationView of(DueDateExplanation e) {
            return e == null ? null : new ExplanationView(e.start(), e.workingDays(), e.basis(), e.dueDate(),
                    e.skippedDays(), e.warnings(), e.render(LocaleContextHolder.getLocale()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitView(String id, String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReporterView(String name, String email, String phone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RejectionView(RejectionReason reason, String reasonLabel, String note, Instant at, Boolean late) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpView(Instant at, String by, String unitId, ComplaintStatus status, String message,
                               Integer workingDaysTaken, Boolean late) {
    }

    public record DispatchView(String unitId, Instant at, String by, String note, LocalDate followUpDueDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryView(Instant at, String event, String eventLabel, ComplaintStatus status,
                              String statusLabel, String unitId, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComplaintView(String trackingId, ComplaintStatus status, String statusLabel, boolean confidential,
                                Boolean anonymous, Channel channel, Instant receivedAt, String title,
                                String description, String category, String categoryName, Location location,
                                UnitView unit, LocalDate dueDate, DueKind dueKind, Boolean breached,
                                LocalDate verificationDueDate, ExplanationView verificationDueDateExplanation,
                                Instant verifiedAt, LocalDate followUpDueDate,
                                ExplanationView followUpDueDateExplanation, LocalDate reporterDeadline,
                                RejectionView rejection, List<FollowUpView> followUps, List<DispatchView> dispatches,
                                Feedback feedback, ReporterView reporter, UnitView suggestedUnit,
                                List<HistoryView> history, List<ReporterMessage> messages,
                                String mergedInto, List<Attachment> attachments) {
    }

    /** One line of a work list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComplaintSummary(String trackingId, String title, String category, ComplaintStatus status,
                                   String statusLabel, Channel channel, boolean anonymous, boolean confidential,
                                   UnitView unit, Instant receivedAt, LocalDate dueDate, DueKind dueKind,
                                   boolean breached) {
    }

    public ComplaintView view(Complaint c, Audience audience, WorkingDayCalendar calendar, Instant now) {
        if (audience == Audience.PUBLIC && !c.publicContent()) {
            return new ComplaintView(c.trackingId(), c.status(), label("status", c.status()), true, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, c.mergedIntoTrackingId(), null);
        }
        boolean publicView = audience == Audience.PUBLIC;
        boolean staff = audience == Audience.STAFF;
        String reporterName = c.reporter() == null ? null : box.open(c.reporter().sealedName(),
                ComplaintService.aad(c.id(), "name"));
        Category category = categories.find(c.tenant(), c.category()).orElse(null);
        List<HistoryView> history = c.history().stream().map(h -> new HistoryView(h.at(), h.event(),
                label("history", h.event()), h.status(), label("status", h.status()), h.unitId(),
                publicView ? Redaction.redact(h.note(), reporterName) : h.note())).toList();
        RejectionView rejection = c.rejection() == null ? null : new RejectionView(c.rejection().reason(),
                label("rejection", c.rejection().reason()), publicView ? null : c.rejection().note(),
                c.rejection().at(), staff ? c.rejection().late() : null);
        List<FollowUpView> followUps = publicView ? null : c.followUps().stream().map(f -> new FollowUpView(f.at(),
                staff ? f.by() : null, f.unitId(), f.status(), f.message(), f.workingDaysTaken(),
                staff ? f.late() : null)).toList();
        ReporterView reporter = !staff || c.reporter() == null ? null : new ReporterView(reporterName,
                box.open(c.reporter().sealedEmail(), ComplaintService.aad(c.id(), "email")),
                box.open(c.reporter().sealedPhone(), ComplaintService.aad(c.id(), "phone")));
        return new ComplaintView(c.trackingId(), c.status(), label("status", c.status()), c.confidential(),
                publicView ? null : c.anonymous(), publicView ? null : c.channel(), c.receivedAt(),
                publicView ? Redaction.redact(c.title(), reporterName) : c.title(),
                publicView ? Redaction.redact(c.description(), reporterName) : c.description(),
                c.category(), category == null ? null : category.name(), c.location(), unit(c.unitId()),
                staff ? c.dueDate() : null, staff ? c.dueKind() : null, staff ? c.breached(calendar, now) : null,
                staff ? c.verificationDueDate() : null,
                staff ? ExplanationView.of(c.verificationDueDateExplanation()) : null,
                staff ? c.verifiedAt() : null, c.followUpDueDate(),
                publicView ? null : ExplanationView.of(c.followUpDueDateExplanation()),
                publicView ? null : c.reporterDeadline(), rejection, followUps,
                staff ? c.dispatches().stream().map(d -> new DispatchView(d.unitId(), d.at(), d.by(), d.note(),
                        d.followUpDueDate())).toList() : null,
                c.feedback(), reporter, staff ? suggestedUnit(c.tenant(), category) : null, history,
                publicView || c.messages().isEmpty() ? null : c.messages(), c.mergedIntoTrackingId(),
                publicView || c.attachments().isEmpty() ? null : c.attachments());
    }

    public ComplaintSummary summary(Complaint c, WorkingDayCalendar calendar, Instant now) {
        return new ComplaintSummary(c.trackingId(), c.title(), c.category(), c.status(), label("status", c.status()),
                c.channel(), c.anonymous(), c.confidential(), unit(c.unitId()), c.receivedAt(), c.dueDate(),
                c.dueKind(), c.breached(calendar, now));
    }

    public String unitName(String unitId) {
        return units.find(unitId).map(LocalUnit::name).orElse(null);
    }

    private UnitView unit(String unitId) {
        if (unitId == null) {
            return null;
        }
        return units.find(unitId).map(u -> new UnitView(u.unitId(), u.code(), u.name()))
                .orElse(new UnitView(unitId, null, null));
    }

    /** The active unit whose code the category names (e.g. jalan rusak → PUPR), if the tenant has one. */
    private UnitView suggestedUnit(String tenant, Category category) {
        if (category == null || category.unitCode() == null) {
            return null;
        }
        return units.activeUnits(tenant).stream().filter(u -> category.unitCode().equalsIgnoreCase(u.code()))
                .findFirst().map(u -> new UnitView(u.unitId(), u.code(), u.name())).orElse(null);
    }

    public String label(String group, Object value) {
        if (value == null) {
            return null;
        }
        String key = group + "." + value;
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
