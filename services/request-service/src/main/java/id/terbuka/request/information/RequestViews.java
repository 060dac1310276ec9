package id.terbuka.request.information;

import id.terbuka.calendar.CalendarWarning;
import id.terbuka.calendar.CountBasis;
import id.terbuka.calendar.DayOff;
import id.terbuka.calendar.DueDateExplanation;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.crypto.FieldCipher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of a request. The full view (NIK and contact details opened) goes only to PPID roles and the
 * requester; lists carry the masked NIK and no contact details.
 */
@Component
public class RequestViews {

    private final FieldCipher box;
    private final MessageSource messages;

    RequestViews(FieldCipher box, MessageSource messages) {
        this.box = box;
        this.messages = messages;
    }

    /** The calendar's explanation plus its sentence in the caller's language. */
    public record ExplanationView(LocalDate start, int workingDays, CountBasis basis, LocalDate dueDate,
                                  List<DayOff> skippedDays, List<CalendarWarning> warnings, String text) {
        public static ExplanationView of(DueDateExplanation e) {
            return e == null ? null : new ExplanationView(e.start(), e.workingDays(), e.basis(), e.dueDate(),
                    e.skippedDays(), e.warnings(), e.render(LocaleContextHolder.getLocale()));
        }
    }

    public record RequesterView(RequesterType requesterType, String name, String nik, String legalEntityDeed,
                                String address, String phone, String email, String occupation) {
    }

    public record ExtensionView(String reason, Instant extendedAt, LocalDate previousDueDate) {
    }

    public record DecisionView(Outcome outcome, String outcomeLabel, Instant decidedAt, LegalBasis legalBasis,
                               String decisionNumber, String reasons, String exclusionId, String informationGiven,
                               List<String> catalogueEntryIds, String redactionNote, CopyForm form, int sheets,
                               long tariffPerSheet, long deliveryCost, long totalFee, Integer provisionDays,
                               String holderBody, Integer timeNeededDays, String note, int workingDaysTaken,
                               boolean late) {
    }

    public record ObjectionView(String objectionNumber, ObjectionGround ground, String reason, Instant filedAt,
                                Objection.Cause cause, LocalDate causeDate, LocalDate filingDeadline,
                                LocalDate responseDueDate, ExplanationView responseDueDateExplanation,
                                ObjectionResult result, String resultReasons, Instant decidedAt, boolean late,
                                LocalDate actionDueDate, ExplanationView actionDueDateExplanation) {
    }

    /** An upheld keberatan reopened the request: the notice it was against and the due date that stood before. */
    public record ReopeningView(String objectionNumber, Instant reopenedAt, int workingDays, LocalDate dueDate,
                                LocalDate previousDueDate, DecisionView previousDecision) {
    }

    public record HistoryView(Instant at, String event, String eventLabel, RequestStatus status,
                              String statusLabel, String note) {
    }

    /** One request in full: what the tracking page and staff see. */
    public record RequestView(String registrationNumber, RequestStatus status, String statusLabel, Channel channel,
                              Instant receivedAt, Instant registeredAt, LocalDate dueDate,
                              ExplanationView dueDateExplanation, boolean overdue, RequesterView requester,
                              String informationRequested, String purpose, ObtainMethod obtainMethod,
                              DeliveryMethod deliveryMethod, String unitId, ExtensionView extension,
                              DecisionView decision, List<ObjectionView> objections,
                              List<ReopeningView> reopenings, DisputeView dispute,
                              ForwardingView forwardedTo, ForwardingView forwardedFrom, ClosureView closure,
                              DocumentView powerOfAttorney, List<HistoryView> history) {
    }

    /** An uploaded document, without its bytes (they are downloaded from their own path). */
    public record DocumentView(String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
    }

    /** A sengketa at the Komisi Informasi and its steps. */
    public record DisputeView(String commission, String kiRegistrationNumber, String objectionNumber,
                              LocalDate causeDate, LocalDate filingDeadline, LocalDate filedOn, Instant recordedAt,
                              LocalDate registeredOn, LocalDate mediationStartedOn, LocalDate mediationEndedOn,
                              Dispute.MediationResult mediationResult, LocalDate adjudicationStartedOn,
                              Dispute.DisputeOutcome outcome, String decisionNumber, LocalDate decidedOn,
                              String summary) {
    }

    /** The other end of a forwarding: tenant and registration number (the tracking code opens both). */
    public record ForwardingView(String tenant, String tenantName, String registrationNumber, String reason,
                                 Instant at) {
    }

    public record ClosureView(Closure.Reason reason, Instant closedAt, RequestStatus previousStatus) {
    }

    /** One line of the work list: masked NIK, no contact details. */
    public record RequestSummary(String registrationNumber, RequestStatus status, String statusLabel,
                                 Channel channel, RequesterType requesterType, String requesterName, String nik,
                                 String informationRequested, String unitId, Instant receivedAt, LocalDate dueDate,
                                 boolean overdue, boolean extended) {
    }

    public RequestView full(InformationRequest r, WorkingDayCalendar calendar, Instant now) {
        Requester p = r.requester();
        RequesterView requester = new RequesterView(p.type(), p.name(), open(p.nikSealed(), r, "nik"),
                p.legalEntityDeed(), open(p.addressSealed(), r, "address"), open(p.phoneSealed(), r, "phone"),
                open(p.emailSealed(), r, "email"), p.occupation());
        Extension e = r.extension();
        return new RequestView(r.registrationNumber(), r.status(), statusLabel(r.status()), r.channel(),
                r.receivedAt(), r.registeredAt(), r.dueDate(), ExplanationView.of(r.dueDateExplanation()),
                r.overdue(calendar, now), requester, r.informationRequested(), r.purpose(), r.obtainMethod(),
                r.deliveryMethod(), r.unitId(),
                e == null ? null : new ExtensionView(e.reason(), e.extendedAt(), e.previousDueDate()),
                decision(r.decision()), r.objections().stream().map(RequestViews::objection).toList(),
                r.reopenings().stream().map(o -> new ReopeningView(o.objectionNumber(), o.reopenedAt(),
                        o.workingDays(), o.dueDate(), o.previousDueDate(), decision(o.previousDecision()))).toList(),
                disputeView(r.dispute()), forwarding(r.forwardedTo()), forwarding(r.forwardedFrom()),
                r.closure() == null ? null : new ClosureView(r.closure().reason(), r.closure().closedAt(),
                        r.closure().previousStatus()),
                r.powerOfAttorney() == null ? null : new DocumentView(r.powerOfAttorney().fileName(),
                        r.powerOfAttorney().contentType(), r.powerOfAttorney().size(), r.powerOfAttorney().sha256(),
                        r.powerOfAttorney().uploadedAt()),
                r.history().stream().map(h -> new HistoryView(h.at(), h.event(), text("history." + h.event()),
                        h.status(), statusLabel(h.status()), h.note())).toList());
    }

    public RequestSummary summary(InformationRequest r, WorkingDayCalendar calendar, Instant now) {
        return new RequestSummary(r.registrationNumber(), r.status(), statusLabel(r.status()), r.channel(),
                r.requester().type(), r.requester().name(), r.requester().nikMasked(), r.informationRequested(),
                r.unitId(), r.receivedAt(), r.dueDate(), r.overdue(calendar, now), r.extension() != null);
    }

    public DisputeView disputeView(Dispute d) {
        return d == null ? null : new DisputeView(d.commission(), d.kiRegistrationNumber(), d.objectionNumber(),
                d.causeDate(), d.filingDeadline(), d.filedOn(), d.recordedAt(), d.registeredOn(),
                d.mediationStartedOn(), d.mediationEndedOn(), d.mediationResult(), d.adjudicationStartedOn(),
                d.outcome(), d.decisionNumber(), d.decidedOn(), d.summary());
    }

    private static ForwardingView forwarding(Forwarding f) {
        return f == null ? null : new ForwardingView(f.tenant(), f.tenantName(), f.registrationNumber(), f.reason(),
                f.at());
    }

    public ObjectionView objectionView(Objection o) {
        return objection(o);
    }

    public String statusLabel(RequestStatus status) {
        return text("status." + status.name());
    }

    private DecisionView decision(Decision d) {
        if (d == null) {
            return null;
        }
        return new DecisionView(d.outcome(), text("status." + d.outcome().name()), d.decidedAt(), d.legalBasis(),
                d.decisionNumber(), d.reasons(), d.exclusionId(), d.informationGiven(), d.catalogueEntryIds(),
                d.redactionNote(), d.form(), d.sheets(), d.tariffPerSheet(), d.deliveryCost(), d.totalFee(),
                d.provisionDays(), d.holderBody(), d.timeNeededDays(), d.note(), d.workingDaysTaken(), d.late());
    }

    private static ObjectionView objection(Objection o) {
        return new ObjectionView(o.objectionNumber(), o.ground(), o.reason(), o.filedAt(), o.cause(), o.causeDate(),
                o.filingDeadline(), o.responseDueDate(), ExplanationView.of(o.responseDueDateExplanation()),
                o.result(), o.resultReasons(), o.decidedAt(), o.late(), o.actionDueDate(),
                ExplanationView.of(o.actionDueDateExplanation()));
    }

    private String open(String sealed, InformationRequest r, String field) {
        return box.open(sealed, RequestService.aad(r.id(), field));
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
