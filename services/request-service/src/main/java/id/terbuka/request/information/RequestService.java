package id.terbuka.request.information;

import id.terbuka.platform.person.Nik;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import id.terbuka.request.RequestSettings;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.request.numbering.SequenceCounters;
import id.terbuka.request.numbering.TrackingCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import id.terbuka.request.document.RequestDocuments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Files, finds and moves information requests along the law's steps; persistence and numbering live here. */
@Service
public class RequestService {

    static final String REGISTRATION_SEQUENCE = "REG";
    static final String OBJECTION_SEQUENCE = "KEB";

    private final InformationRequestRepository requests;
    private final MongoTemplate mongo;
    private final SequenceCounters counters;
    private final TenantCalendars calendars;
    private final LocalTenantDirectory tenants;
    private final LocalUnitDirectory units;
    private final FieldCipher box;
    private final Validator validator;
    private final MessageSource messages;
    private final RequestSettings settings;
    private final Clock clock;
    private final RequestDocuments documents;

    RequestService(InformationRequestRepository requests, MongoTemplate mongo, SequenceCounters counters,
                   TenantCalendars calendars, LocalTenantDirectory tenants, LocalUnitDirectory units,
                   FieldCipher box, Validator validator, MessageSource messages, RequestSettings settings,
                   Clock clock, RequestDocuments documents) {
        this.documents = documents;
        this.requests = requests;
        this.mongo = mongo;
        this.counters = counters;
        this.calendars = calendars;
        this.tenants = tenants;
        this.units = units;
        this.box = box;
        this.validator = validator;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Registers a request: validates, numbers it (gapless per tenant and year), starts the 10-HK clock. */
    public FilingReceipt file(String tenant, FilingForm form, Filer filer) {
        Instant now = now();
        List<FieldProblem> problems = check(form);
        checkFiling(form, filer, now, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        LocalTenant local = tenants.find(tenant).orElseThrow(() -> ApiException.notFound("Tenant", tenant));
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        Instant receivedAt = filer.staff() ? form.receivedAt().truncatedTo(ChronoUnit.MILLIS) : now;
        int year = calendar.localDate(receivedAt).getYear();
        long sequence = counters.next(tenant, REGISTRATION_SEQUENCE, year);
        String number = "%s/%d/%06d".formatted(regionDigits(local.regionCode()), year, sequence);

        String id = UUID.randomUUID().toString();
        String trackingCode = TrackingCodes.generate();
        boolean individual = form.requesterType() == RequesterType.INDIVIDUAL;
        String nik = blankToNull(form.nik());
        Requester requester = new Requester(form.requesterType(), form.name().strip(),
                box.seal(nik, aad(id, "nik")), Nik.mask(nik),
                individual ? null : blankToNull(form.legalEntityDeed()),
                box.seal(form.address().strip(), aad(id, "address")),
                box.seal(blankToNull(form.phone()), aad(id, "phone")),
                box.seal(blankToNull(form.email()), aad(id, "email")),
                blankToNull(form.occupation()));
        InformationRequest request = InformationRequest.register(new InformationRequest.Registration(id, tenant,
                number, TrackingCodes.hash(trackingCode), filer.staff() ? form.channel() : Channel.ONLINE, receivedAt,
                filer.staff() ? filer.subject() : null, filer.kind() == Filer.Kind.CITIZEN ? filer.subject() : null,
                requester, form.informationRequested().strip(), form.purpose().strip(), form.obtainMethod(),
                form.deliveryMethod(), filer.staff() ? filer.unit() : null), calendar, now);
        requests.insert(request);
        return new FilingReceipt(number, trackingCode, request.status(), request.registeredAt(),
                request.receivedAt(), request.channel(), request.dueDate(),
                RequestViews.ExplanationView.of(request.dueDateExplanation()));
    }

    /** The request, for staff; 404 when the tenant has no such number. */
    public InformationRequest get(String tenant, String registrationNumber) {
        return requests.findByTenantAndRegistrationNumber(tenant, registrationNumber)
                .orElseThrow(() -> ApiException.notFound("Permohonan", registrationNumber));
    }

    /**
     * The request, for its requester: the right tracking code, or the citizen account that filed it. Anything else
     * is the same 404 as a number that does not exist, so a wrong code tells nothing.
     */
    public InformationRequest forRequester(String tenant, String registrationNumber, String trackingCode,
                                           Caller caller) {
        InformationRequest request = requests.findByTenantAndRegistrationNumber(tenant, registrationNumber)
                .orElse(null);
        if (request != null && (TrackingCodes.matches(trackingCode, request.trackingCodeHash())
                || isFilingCitizen(request, caller))) {
            return request;
        }
        throw ApiException.notFound("Permohonan", registrationNumber);
    }

    /** Whether {@code caller} is the citizen account that filed the request. */
    public static boolean isFilingCitizen(InformationRequest request, Caller caller) {
        return caller != null && !caller.client() && request.citizenSubject() != null
                && request.citizenSubject().equals(caller.subject()) && request.tenant().equals(caller.tenant());
    }

    /** The work list: newest due date last, optionally by status, unit and overdue. */
    public WorkListPage workList(String tenant, RequestStatus status, String unit, Boolean overdue, int page,
                                 int size) {
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        LocalDate today = calendar.localDate(now());
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("tenant").is(tenant));
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (unit != null) {
            all.add(Criteria.where("unitId").is(unit));
        }
        if (Boolean.TRUE.equals(overdue)) {
            all.add(Criteria.where("status").in(RequestStatus.OPEN).and("dueDate").lt(today));
        } else if (Boolean.FALSE.equals(overdue)) {
            all.add(new Criteria().orOperator(Criteria.where("status").nin(RequestStatus.OPEN),
                    Criteria.where("dueDate").gte(today)));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        PageRequest pageable = PageRequest.of(page, size,
                Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("registrationNumber")));
        List<InformationRequest> found = mongo.find(Query.of(query).with(pageable), InformationRequest.class);
        var result = PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.of(query), InformationRequest.class));
        return new WorkListPage(result, calendar, now());
    }

    public record WorkListPage(org.springframework.data.domain.Page<InformationRequest> page,
                               WorkingDayCalendar calendar, Instant now) {
    }

    public InformationRequest assign(InformationRequest request, AssignmentForm form) {
        validate(form);
        if (!units.isActiveUnit(request.tenant(), form.unitId())) {
            throw ApiException.invalid(List.of(new FieldProblem("unitId", text("request.unit.unknown",
                    form.unitId()))));
        }
        request.assign(form.unitId(), now());
        return requests.save(request);
    }

    public InformationRequest extend(InformationRequest request, ExtensionForm form, Caller caller) {
        validate(form);
        request.extend(form.reason().strip(), caller.subject(), calendars.forTenant(request.tenant()), now());
        return requests.save(request);
    }

    public InformationRequest decide(InformationRequest request, DecisionForm form, Caller caller) {
        validate(form);
        List<FieldProblem> problems = new ArrayList<>();
        switch (form.outcome()) {
            case REJECTED -> {
                require(problems, "legalBasis", form.legalBasis());
                require(problems, "decisionNumber", blankToNull(form.decisionNumber()));
                require(problems, "reasons", blankToNull(form.reasons()));
            }
            case GRANTED, PARTIALLY_GRANTED -> {
                require(problems, "informationGiven", blankToNull(form.informationGiven()));
                require(problems, "form", form.form());
                if (form.outcome() == Outcome.PARTIALLY_GRANTED) {
                    require(problems, "redactionNote", blankToNull(form.redactionNote()));
                }
            }
            case NOT_HELD -> require(problems, "holderBody", blankToNull(form.holderBody()));
            case NOT_YET_DOCUMENTED -> require(problems, "timeNeededDays", form.timeNeededDays());
        }
        if (form.outcome() != Outcome.REJECTED && form.legalBasis() != null) {
            problems.add(new FieldProblem("legalBasis", text("request.legalBasis.onlyRejected")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        boolean grant = form.outcome() == Outcome.GRANTED || form.outcome() == Outcome.PARTIALLY_GRANTED;
        int sheets = grant && form.sheets() != null ? form.sheets() : 0;
        long delivery = grant && form.deliveryCost() != null ? form.deliveryCost() : 0;
        Decision.Content content = new Decision.Content(form.outcome(), caller.subject(), form.legalBasis(),
                blankToNull(form.decisionNumber()), blankToNull(form.reasons()), blankToNull(form.exclusionId()),
                blankToNull(form.informationGiven()), form.catalogueEntryIds(), blankToNull(form.redactionNote()),
                grant ? form.form() : null, sheets, grant ? settings.fees().tariffPerSheet(request.tenant()) : 0,
                delivery, grant ? form.provisionDays() : null, blankToNull(form.holderBody()),
                form.outcome() == Outcome.NOT_YET_DOCUMENTED ? form.timeNeededDays() : null,
                blankToNull(form.note()));
        request.decide(content, calendars.forTenant(request.tenant()), now());
        return requests.save(request);
    }

    /** Files a keberatan; the number is drawn only once the window is known to be open, so numbers stay gapless. */
    public Objection fileObjection(InformationRequest request, ObjectionForm form) {
        validate(form);
        WorkingDayCalendar calendar = calendars.forTenant(request.tenant());
        Instant now = now();
        InformationRequest.ObjectionWindow window = request.objectionWindow(calendar, now);
        LocalTenant local = tenants.find(request.tenant())
                .orElseThrow(() -> ApiException.notFound("Tenant", request.tenant()));
        int year = calendar.localDate(now).getYear();
        String number = "KEB/%s/%d/%06d".formatted(regionDigits(local.regionCode()), year,
                counters.next(request.tenant(), OBJECTION_SEQUENCE, year));
        Objection objection = request.fileObjection(window, number, form.ground(), form.reason().strip(), calendar,
                now);
        requests.save(request);
        return objection;
    }

    public Objection decideObjection(InformationRequest request, ObjectionDecisionForm form, Caller caller) {
        validate(form);
        if (form.result() == ObjectionResult.DISMISSED && blankToNull(form.reasons()) == null) {
            throw ApiException.invalid(List.of(new FieldProblem("reasons", text("validation.required"))));
        }
        if (form.actionWorkingDays() != null && form.result() != ObjectionResult.UPHELD) {
            throw ApiException.invalid(List.of(new FieldProblem("actionWorkingDays",
                    text("validation.actionOnlyWhenUpheld"))));
        }
        Objection decided = request.decideObjection(form.result(), blankToNull(form.reasons()),
                form.actionWorkingDays(), caller.subject(), calendars.forTenant(request.tenant()), now());
        requests.save(request);
        return decided;
    }

    /**
     * Forwards to another tenant on this platform that holds the information: the notice says NOT_HELD naming it,
     * and the {@code request-forwarded} event (written with the request, so it cannot be lost) makes
     * {@link #createForwarded} create the linked request there.
     */
    public InformationRequest forward(InformationRequest request, ForwardingForm form, Caller caller) {
        validate(form);
        String target = form.tenant().strip();
        LocalTenant holder = target.equals(request.tenant()) ? null : tenants.find(target).orElse(null);
        if (holder == null) {
            throw ApiException.invalid(List.of(new FieldProblem("tenant", text("request.forward.unknownTenant",
                    target))));
        }
        Instant now = now();
        String reason = blankToNull(form.reason());
        String linkedId = UUID.nameUUIDFromBytes(("forwarded:" + request.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        Decision.Content notHeld = new Decision.Content(Outcome.NOT_HELD, caller.subject(), null, null, null, null,
                null, null, null, null, 0, 0, 0, null, holder.name(), null,
                text("request.forward.note", holder.name()) + (reason == null ? "" : " " + reason));
        request.forward(notHeld, new Forwarding(target, holder.name(), linkedId, null, reason, now),
                calendars.forTenant(request.tenant()), now);
        return requests.save(request);
    }

    /**
     * Applies {@code request-forwarded}: creates the linked request in the target tenant (its id fixed by the
     * event, so a redelivery finds it instead of creating a second) and stores its number on the original.
     * Personal data is copied from the database, re-sealed for the new request; the tracking code stays the same,
     * so the requester follows both with one code.
     */
    public InformationRequest createForwarded(String sourceId, String targetTenant, String linkedId, String reason,
                                              Instant forwardedAt) {
        InformationRequest source = requests.findById(sourceId)
                .orElseThrow(() -> new IllegalStateException("forwarded request " + sourceId + " not found"));
        InformationRequest linked = requests.findById(linkedId).orElse(null);
        if (linked == null) {
            LocalTenant target = tenants.find(targetTenant)
                    .orElseThrow(() -> new IllegalStateException("tenant " + targetTenant + " not known yet"));
            WorkingDayCalendar calendar = calendars.forTenant(targetTenant);
            Instant receivedAt = forwardedAt.truncatedTo(ChronoUnit.MILLIS);
            int year = calendar.localDate(receivedAt).getYear();
            String number = "%s/%d/%06d".formatted(regionDigits(target.regionCode()), year,
                    counters.next(targetTenant, REGISTRATION_SEQUENCE, year));
            Requester p = source.requester();
            Requester copy = new Requester(p.type(), p.name(), reseal(p.nikSealed(), source, linkedId, "nik"),
                    p.nikMasked(), p.legalEntityDeed(), reseal(p.addressSealed(), source, linkedId, "address"),
                    reseal(p.phoneSealed(), source, linkedId, "phone"),
                    reseal(p.emailSealed(), source, linkedId, "email"), p.occupation());
            InformationRequest created = InformationRequest.forwardedCopy(new InformationRequest.Registration(linkedId,
                    targetTenant, number, source.trackingCodeHash(), Channel.ONLINE, receivedAt, null, null, copy,
                    source.informationRequested(), source.purpose(), source.obtainMethod(), source.deliveryMethod(),
                    null), new Forwarding(source.tenant(), tenantName(source.tenant()), source.id(),
                    source.registrationNumber(), reason, forwardedAt), calendar, now());
            try {
                linked = requests.insert(created);
            } catch (DuplicateKeyException concurrentDelivery) {
                linked = requests.findById(linkedId).orElseThrow(() -> concurrentDelivery);
            }
        }
        for (int attempt = 1; ; attempt++) {
            InformationRequest original = requests.findById(sourceId).orElseThrow();
            if (!original.linkForwarded(linked.registrationNumber())) {
                return linked;
            }
            try {
                requests.save(original);
                return linked;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 5) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private String reseal(String sealed, InformationRequest source, String newId, String field) {
        return box.seal(box.open(sealed, aad(source.id(), field)), aad(newId, field));
    }

    /** The requester (or staff who received the commission's summons) records a sengketa. */
    public Dispute recordDispute(InformationRequest request, DisputeForm form) {
        validate(form);
        WorkingDayCalendar calendar = calendars.forTenant(request.tenant());
        Instant now = now();
        List<FieldProblem> problems = new ArrayList<>();
        checkDate(problems, "filedOn", form.filedOn(), calendar.localDate(now), null);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Dispute dispute = request.recordDispute(form.commission().strip(), blankToNull(form.kiRegistrationNumber()),
                form.filedOn(), calendar, now);
        requests.save(request);
        return dispute;
    }

    public Dispute progressDispute(InformationRequest request, DisputeProgressForm form) {
        validate(form);
        LocalDate today = calendars.forTenant(request.tenant()).localDate(now());
        LocalDate filedOn = request.dispute() == null ? null : request.dispute().filedOn();
        List<FieldProblem> problems = new ArrayList<>();
        checkDate(problems, "registeredOn", form.registeredOn(), today, filedOn);
        checkDate(problems, "mediationStartedOn", form.mediationStartedOn(), today, filedOn);
        checkDate(problems, "mediationEndedOn", form.mediationEndedOn(), today,
                form.mediationStartedOn() != null ? form.mediationStartedOn() : filedOn);
        checkDate(problems, "adjudicationStartedOn", form.adjudicationStartedOn(), today, filedOn);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Dispute dispute = request.progressDispute(blankToNull(form.kiRegistrationNumber()), form.registeredOn(),
                form.mediationStartedOn(), form.mediationEndedOn(), form.mediationResult(),
                form.adjudicationStartedOn());
        requests.save(request);
        return dispute;
    }

    public Dispute decideDispute(InformationRequest request, DisputeDecisionForm form) {
        validate(form);
        LocalDate today = calendars.forTenant(request.tenant()).localDate(now());
        List<FieldProblem> problems = new ArrayList<>();
        checkDate(problems, "decidedOn", form.decidedOn(), today,
                request.dispute() == null ? null : request.dispute().filedOn());
        boolean putusan = form.outcome() != Dispute.DisputeOutcome.SETTLED
                && form.outcome() != Dispute.DisputeOutcome.WITHDRAWN;
        if (putusan && blankToNull(form.decisionNumber()) == null) {
            problems.add(new FieldProblem("decisionNumber", text("validation.required")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Dispute dispute = request.decideDispute(form.outcome(), blankToNull(form.decisionNumber()), form.decidedOn(),
                blankToNull(form.summary()), now());
        requests.save(request);
        return dispute;
    }

    /**
     * Stores the power of attorney (encrypted, type from its bytes) and links it; the previous one's bytes are
     * deleted only after the link is saved, and the new bytes when the save fails, so nothing dangles either way.
     */
    public InformationRequest attachPowerOfAttorney(InformationRequest request, MultipartFile file)
            throws java.io.IOException {
        AttachedDocument stored;
        try (java.io.InputStream content = file.getInputStream()) {
            stored = documents.store(request.id(), "power-of-attorney", content, file.getOriginalFilename(), now());
        }
        Optional<AttachedDocument> previous;
        InformationRequest saved;
        try {
            previous = request.attachPowerOfAttorney(stored, now());
            saved = requests.save(request);
        } catch (RuntimeException e) {
            documents.delete(stored);
            throw e;
        }
        previous.ifPresent(documents::delete);
        return saved;
    }

    public byte[] powerOfAttorney(InformationRequest request) {
        if (request.powerOfAttorney() == null) {
            throw ApiException.notFound("Surat kuasa", request.registrationNumber());
        }
        return documents.read(request.id(), "power-of-attorney", request.powerOfAttorney());
    }

    /** The requester ends the matter (withdraws an open request, or accepts the notice). */
    public InformationRequest withdraw(InformationRequest request) {
        request.withdraw(now());
        return requests.save(request);
    }

    private void checkDate(List<FieldProblem> problems, String field, LocalDate date, LocalDate today,
                           LocalDate notBefore) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, text("request.date.future")));
        } else if (notBefore != null && date.isBefore(notBefore)) {
            problems.add(new FieldProblem(field, text("request.date.beforeStep", notBefore)));
        }
    }

    public WorkingDayCalendar calendar(String tenant) {
        return calendars.forTenant(tenant);
    }

    public String tenantName(String tenant) {
        return tenants.find(tenant).map(LocalTenant::name).orElse(tenant);
    }

    /** Milliseconds, as MongoDB stores them: what a response says equals what a later read returns. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void checkFiling(FilingForm form, Filer filer, Instant now, List<FieldProblem> problems) {
        if (form.requesterType() == RequesterType.INDIVIDUAL) {
            if (blankToNull(form.nik()) == null) {
                problems.add(new FieldProblem("nik", text("request.nik.required")));
            } else if (!Nik.isPlausible(form.nik())) {
                problems.add(new FieldProblem("nik", text("request.nik.invalid")));
            }
        } else if (form.requesterType() == RequesterType.LEGAL_ENTITY) {
            if (blankToNull(form.legalEntityDeed()) == null) {
                problems.add(new FieldProblem("legalEntityDeed", text("request.legalEntityDeed.required")));
            }
            if (blankToNull(form.nik()) != null && !Nik.isPlausible(form.nik())) {
                problems.add(new FieldProblem("nik", text("request.nik.invalid")));
            }
        }
        if (blankToNull(form.phone()) == null && blankToNull(form.email()) == null) {
            problems.add(new FieldProblem("email", text("request.contact.required")));
        }
        if (form.deliveryMethod() == DeliveryMethod.EMAIL && blankToNull(form.email()) == null) {
            problems.add(new FieldProblem("email", text("request.email.requiredForDelivery")));
        }
        if (filer.staff()) {
            if (form.channel() == null) {
                problems.add(new FieldProblem("channel", text("validation.required")));
            } else if (form.channel() == Channel.ONLINE) {
                problems.add(new FieldProblem("channel", text("request.channel.offlineOnly")));
            }
            if (form.receivedAt() == null) {
                problems.add(new FieldProblem("receivedAt", text("validation.required")));
            } else if (form.receivedAt().isAfter(now)) {
                problems.add(new FieldProblem("receivedAt", text("request.receivedAt.future")));
            }
        } else {
            if (form.channel() != null) {
                problems.add(new FieldProblem("channel", text("request.staffOnly")));
            }
            if (form.receivedAt() != null) {
                problems.add(new FieldProblem("receivedAt", text("request.staffOnly")));
            }
        }
    }

    private List<FieldProblem> check(Object form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private void validate(Object form) {
        List<FieldProblem> problems = check(form);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private void require(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, text("validation.required")));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static String regionDigits(String regionCode) {
        return regionCode == null ? "00" : regionCode.replace(".", "");
    }

    public static String aad(String requestId, String field) {
        return "request:" + requestId + ":" + field;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
