package id.terbuka.complaint.complaint;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.complaint.category.Categories;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Receives complaints from every door and moves them along the SP4N-LAPOR! steps; persistence lives here. */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final MongoTemplate mongo;
    private final TenantCalendars calendars;
    private final LocalUnitDirectory units;
    private final Categories categories;
    private final FieldCipher box;
    private final ReplyContacts replyContacts;
    private final Validator validator;
    private final MessageSource messages;
    private final ComplaintSettings settings;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, MongoTemplate mongo, TenantCalendars calendars,
                     LocalUnitDirectory units, Categories categories, FieldCipher box, ReplyContacts replyContacts,
                     Validator validator, MessageSource messages, ComplaintSettings settings, Clock clock) {
        this.complaints = complaints;
        this.mongo = mongo;
        this.calendars = calendars;
        this.units = units;
        this.categories = categories;
        this.box = box;
        this.replyContacts = replyContacts;
        this.validator = validator;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks a web filing; every invalid field in one 400. */
    public void validateIntake(String tenant, Forms.IntakeForm form) {
        List<FieldProblem> problems = check(form);
        if (form.category() != null && !form.category().isBlank()
                && categories.find(tenant, form.category().strip()).isEmpty()) {
            problems.add(new FieldProblem("category", text("complaint.category.unknown", form.category())));
        }
        if (form.location() != null && (form.location().lat() == null) != (form.location().lon() == null)) {
            problems.add(new FieldProblem("location", text("complaint.location.pair")));
        }
        Forms.ReporterForm reporter = form.reporter();
        if (!form.isAnonymous()) {
            if (reporter == null || blankToNull(reporter.name()) == null) {
                problems.add(new FieldProblem("reporter.name", text("complaint.reporter.nameRequired")));
            }
            if (reporter == null || (blankToNull(reporter.email()) == null && blankToNull(reporter.phone()) == null)) {
                problems.add(new FieldProblem("reporter.email", text("complaint.reporter.contactRequired")));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ApiException.invalid(problems);
        }
    }

    /** A web filing (validated with {@link #validateIntake} and counted by the limiter first). */
    public Forms.Receipt file(String tenant, Forms.IntakeForm form, String citizenSubject) {
        String id = UUID.randomUUID().toString();
        Forms.ReporterForm r = form.reporter();
        String email = r == null ? null : blankToNull(r.email());
        String phone = r == null ? null : blankToNull(r.phone());
        Reporter reporter = null;
        if (!form.isAnonymous()) {
            reporter = new Reporter(box.seal(blankToNull(r.name()), aad(id, "name")), box.seal(email, aad(id, "email")),
                    box.seal(phone, aad(id, "phone")));
        }
        Location location = form.location() == null ? null : new Location(form.location().lat(),
                form.location().lon(), blankToNull(form.location().address()));
        Intake intake = new Intake(id, tenant, Channel.WEB, "web:" + id, form.isAnonymous() ? null : citizenSubject,
                form.title().strip(), form.description().strip(), blankToNull(form.category()), location,
                form.isAnonymous(), form.isConfidential(), reporter);
        Forms.Receipt receipt = receive(intake).orElseThrow();
        if (form.isAnonymous()) {
            // kept apart for replies only; the complaint itself holds no trace of who filed it
            replyContacts.keep(id, tenant, email != null ? "EMAIL" : "PHONE", email != null ? email : phone);
        } else if (email != null) {
            // the status e-mails' address, sealed apart like an anonymous reporter's
            replyContacts.keep(id, tenant, "EMAIL", email);
        }
        return receipt;
    }

    /** What a non-web door knows about a complaint. */
    public record Intake(String id, String tenant, Channel channel, String sourceKey, String citizenSubject,
                         String title, String description, String category, Location location, boolean anonymous,
                         boolean confidential, Reporter reporter) {
    }

    /**
     * Stores a new complaint; empty when its {@code sourceKey} was seen before (a platform redelivering a webhook
     * message): the unique index decides, so two concurrent deliveries still make one complaint.
     */
    public Optional<Forms.Receipt> receive(Intake in) {
        Instant now = now();
        String code = Codes.reporterCode();
        Complaint complaint = Complaint.receive(new Complaint.Intake(in.id(), in.tenant(), Codes.trackingId(),
                        Codes.hash(code), in.sourceKey(), in.channel(), in.citizenSubject(), in.title(),
                        in.description(), in.category(), in.location(), in.anonymous(), in.confidential(),
                        in.reporter()), settings.sla().verificationWorkingDays(), calendars.forTenant(in.tenant()),
                now);
        try {
            complaints.insert(complaint);
        } catch (DuplicateKeyException e) {
            if (sourceSeen(in.sourceKey())) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new Forms.Receipt(complaint.trackingId(), complaint.status(), code, complaint.receivedAt(),
                complaint.verificationDueDate()));
    }

    private boolean sourceSeen(String sourceKey) {
        return mongo.exists(Query.query(Criteria.where("sourceKey").is(sourceKey)), Complaint.class);
    }

    public Optional<Complaint> byId(String id) {
        return complaints.findById(id);
    }

    public Optional<Complaint> bySourceKey(String sourceKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("sourceKey").is(sourceKey)),
                Complaint.class));
    }

    /** Stores a change made outside the staff steps (a joined message); optimistic locking as everywhere. */
    public Complaint save(Complaint complaint) {
        return complaints.save(complaint);
    }

    /** The complaint, for staff and the public page; 404 when the tenant has no such tracking id. */
    public Complaint get(String tenant, String trackingId) {
        return complaints.findByTenantAndTrackingId(tenant, trackingId)
                .orElseThrow(() -> ApiException.notFound("Pengaduan", trackingId));
    }

    /** The complaint, for its reporter (reporter code, or the citizen account that filed it); else the same 404. */
    public Complaint forReporter(String tenant, String trackingId, String reporterCode, Caller caller) {
        Complaint complaint = complaints.findByTenantAndTrackingId(tenant, trackingId).orElse(null);
        if (complaint != null && (Codes.matches(reporterCode, complaint.reporterCodeHash())
                || isFilingCitizen(complaint, caller))) {
            return complaint;
        }
        throw ApiException.notFound("Pengaduan", trackingId);
    }

    public static boolean isFilingCitizen(Complaint complaint, Caller caller) {
        return caller != null && !caller.client() && complaint.citizenSubject() != null
                && complaint.citizenSubject().equals(caller.subject()) && complaint.tenant().equals(caller.tenant());
    }

    /** The work list, earliest due date first; {@code breached} filters on the running staff clock. */
    public WorkList workList(String tenant, ComplaintStatus status, String unit, Boolean breached, int page,
                             int size) {
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        Instant now = now();
        LocalDate today = calendar.localDate(now);
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("tenant").is(tenant));
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (unit != null) {
            all.add(Criteria.where("unitId").is(unit));
        }
        if (Boolean.TRUE.equals(breached)) {
            all.add(Criteria.where("dueDate").lt(today));
        } else if (Boolean.FALSE.equals(breached)) {
            all.add(new Criteria().orOperator(Criteria.where("dueDate").is(null), Criteria.where("dueDate").gte(today)));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        PageRequest pageable = PageRequest.of(page, size,
                Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("receivedAt")));
        List<Complaint> found = mongo.find(Query.of(query).with(pageable), Complaint.class);
        Page<Complaint> result = PageableExecutionUtils.getPage(found, pageable,
                () -> mongo.count(Query.of(query), Complaint.class));
        return new WorkList(result, calendar, now);
    }

    public record WorkList(Page<Complaint> page, WorkingDayCalendar calendar, Instant now) {
    }

    public Complaint verify(Complaint complaint, Forms.VerificationForm form, Caller caller) {
        validate(form);
        WorkingDayCalendar calendar = calendars.forTenant(complaint.tenant());
        if (form.outcome() == Forms.VerificationForm.Outcome.REJECTED) {
            if (form.reason() == null) {
                throw ApiException.invalid(List.of(new FieldProblem("reason", text("validation.required"))));
            }
            complaint.reject(form.reason(), blankToNull(form.note()), caller.subject(), calendar, now());
        } else {
            if (form.reason() != null) {
                throw ApiException.invalid(List.of(new FieldProblem("reason",
                        text("complaint.reason.onlyRejected"))));
            }
            complaint.verify(caller.subject(), calendar, now());
        }
        return complaints.save(complaint);
    }

    public Complaint dispatch(Complaint complaint, Forms.DispatchForm form, Caller caller) {
        validate(form);
        if (!units.isActiveUnit(complaint.tenant(), form.unitId())) {
            throw ApiException.invalid(List.of(new FieldProblem("unitId", text("complaint.unit.unknown",
                    form.unitId()))));
        }
        complaint.dispatch(form.unitId(), blankToNull(form.note()), caller.subject(),
                categories.followUpWorkingDays(complaint.tenant(), complaint.category()),
                calendars.forTenant(complaint.tenant()), now());
        return complaints.save(complaint);
    }

    public Complaint followUp(Complaint complaint, Forms.FollowUpForm form, Caller caller) {
        validate(form);
        if (form.status() != ComplaintStatus.IN_PROGRESS && form.status() != ComplaintStatus.RESPONDED) {
            throw ApiException.invalid(List.of(new FieldProblem("status", text("complaint.followUp.status"))));
        }
        complaint.followUp(form.status(), form.message().strip(), caller.subject(),
                settings.sla().reporterWorkingDays(), calendars.forTenant(complaint.tenant()), now());
        return complaints.save(complaint);
    }

    public Complaint accept(Complaint complaint, Forms.AcceptanceForm form) {
        validate(form);
        complaint.accept(form.rating(), blankToNull(form.comment()), now());
        return complaints.save(complaint);
    }

    public Complaint reopen(Complaint complaint, Forms.ReopenForm form) {
        validate(form);
        complaint.reopen(form.reason().strip(), categories.followUpWorkingDays(complaint.tenant(),
                complaint.category()), calendars.forTenant(complaint.tenant()), now());
        return complaints.save(complaint);
    }

    /**
     * Merges a duplicate into another open complaint of the tenant. The target is written first (it lists the
     * duplicate, idempotently), then the duplicate with its state and the {@code complaint-merged} event; a repeated
     * call after a failure in between completes the merge.
     */
    public Complaint merge(Complaint duplicate, String intoTrackingId, Caller caller) {
        if (intoTrackingId == null || intoTrackingId.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("intoTrackingId", text("validation.required"))));
        }
        Complaint target = complaints.findByTenantAndTrackingId(duplicate.tenant(), intoTrackingId.strip())
                .orElseThrow(() -> ApiException.invalid(List.of(new FieldProblem("intoTrackingId",
                        text("complaint.merge.unknown", intoTrackingId)))));
        Instant now = now();
        WorkingDayCalendar calendar = calendars.forTenant(duplicate.tenant());
        // checks first, on a throw-away copy of the rules: nothing is written when the merge is refused
        if (target.id().equals(duplicate.id()) || !target.open() || target.mergedInto() != null) {
            throw ApiException.conflict("merge-target", target.trackingId(), target.status());
        }
        if (duplicate.status() != ComplaintStatus.RECEIVED && duplicate.status() != ComplaintStatus.VERIFIED) {
            throw ApiException.conflict("complaint-state", duplicate.trackingId(), duplicate.status());
        }
        if (target.absorb(duplicate, now)) {
            complaints.save(target);
        }
        duplicate.mergeInto(target, caller.subject(), calendar, now);
        return complaints.save(duplicate);
    }

    /** Recent public (non-confidential) complaints of a tenant, for Open311 listing. */
    public List<Complaint> publicList(String tenant, List<String> trackingIds, String category, Instant from,
                                      Instant to, List<ComplaintStatus> statuses, int limit) {
        Criteria criteria = Criteria.where("tenant").is(tenant).and("confidential").is(false);
        if (trackingIds != null && !trackingIds.isEmpty()) {
            criteria = criteria.and("trackingId").in(trackingIds);
        }
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (from != null || to != null) {
            Criteria received = criteria.and("receivedAt");
            if (from != null) {
                received = received.gte(from);
            }
            if (to != null) {
                received = received.lte(to);
            }
        }
        if (statuses != null) {
            criteria = criteria.and("status").in(statuses);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Order.desc("receivedAt"))).limit(limit),
                Complaint.class);
    }

    public WorkingDayCalendar calendar(String tenant) {
        return calendars.forTenant(tenant);
    }

    /** Milliseconds, as MongoDB stores them: what a response says equals what a later read returns. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private List<FieldProblem> check(Object form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return problems;
    }

    private void validate(Object form) {
        List<FieldProblem> problems = check(form);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ApiException.invalid(problems);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public static String aad(String complaintId, String field) {
        return "complaint:" + complaintId + ":" + field;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
