package id.terbuka.complaint.complaint;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Optional;

/**
 * Pengaduan (API.md, Complaints). Anyone files (a signed-in citizen's named complaint is linked to the account);
 * anyone with the tracking id sees the public page; the reporter accepts or reopens with the reporter code; the
 * complaint coordinator verifies and dispatches; a unit's complaint liaison follows up on its unit's complaints.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/complaints")
class ComplaintController {

    private static final Role[] STAFF = {Role.COMPLAINT_COORDINATOR, Role.COMPLAINT_LIAISON};

    private final ComplaintService service;
    private final ComplaintViews views;
    private final IntakeLimiter limiter;
    private final Access access;
    private final boolean trustForwardedFor;

    ComplaintController(ComplaintService service, ComplaintViews views, IntakeLimiter limiter, Access access,
                        ComplaintSettings settings) {
        this.service = service;
        this.views = views;
        this.limiter = limiter;
        this.access = access;
        this.trustForwardedFor = settings.intakeLimit().trustForwardedFor();
    }

    @PostMapping
    ResponseEntity<Forms.Receipt> file(@PathVariable String tenant, @RequestBody Forms.IntakeForm form,
                                       HttpServletRequest request) {
        String citizen = null;
        Optional<Caller> caller = access.current();
        if (caller.isPresent()) {
            // a citizen account belongs to one tenant; elsewhere (or as staff) one files without signing in
            citizen = access.require(tenant, Role.CITIZEN).subject();
        }
        service.validateIntake(tenant, form);
        Forms.ReporterForm reporter = form.reporter();
        String contact = reporter == null ? null
                : reporter.email() != null && !reporter.email().isBlank() ? reporter.email() : reporter.phone();
        limiter.count(tenant, ClientAddress.of(request, trustForwardedFor), contact);
        Forms.Receipt receipt = service.file(tenant, form, citizen);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{trackingId}")
                .buildAndExpand(receipt.trackingId()).toUri()).body(receipt);
    }

    @GetMapping
    PageResponse<ComplaintViews.ComplaintSummary> workList(@PathVariable String tenant,
                                                           @RequestParam(required = false) ComplaintStatus status,
                                                           @RequestParam(required = false) String unit,
                                                           @RequestParam(required = false) Boolean breached,
                                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                                                           int size) {
        Caller caller = access.require(tenant, STAFF);
        if (!caller.isProvinceAdmin() && !caller.has(Role.COMPLAINT_COORDINATOR)) {
            // a liaison: its own unit's complaints only
            if (unit != null) {
                access.requireUnit(caller, unit);
            }
            unit = caller.unit();
            if (unit == null) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-unit", "-");
            }
        }
        ComplaintService.WorkList result = service.workList(tenant, status, unit, breached, page, size);
        return PageResponse.of(result.page(), c -> views.summary(c, result.calendar(), result.now()));
    }

    /** Staff see it in full (a liaison: its unit's only), the reporter with the code, everyone else the public page. */
    @GetMapping("/{trackingId}")
    ComplaintViews.ComplaintView track(@PathVariable String tenant, @PathVariable String trackingId,
                                       @RequestParam(required = false) String reporterCode) {
        Optional<Caller> caller = access.current();
        if (caller.isPresent() && caller.get().hasAny(STAFF)) {
            return staffView(staffComplaint(tenant, trackingId, Role.COMPLAINT_COORDINATOR));
        }
        if (reporterCode != null || caller.isPresent()) {
            try {
                return view(service.forReporter(tenant, trackingId, reporterCode, caller.orElse(null)),
                        ComplaintViews.Audience.REPORTER);
            } catch (ApiException notTheReporter) {
                if (reporterCode != null) {
                    throw notTheReporter;
                }
            }
        }
        return view(service.get(tenant, trackingId), ComplaintViews.Audience.PUBLIC);
    }

    @PostMapping("/{trackingId}/verification")
    ComplaintViews.ComplaintView verify(@PathVariable String tenant, @PathVariable String trackingId,
                                        @RequestBody Forms.VerificationForm form) {
        Caller caller = access.require(tenant, Role.COMPLAINT_COORDINATOR);
        return staffView(service.verify(service.get(tenant, trackingId), form, caller));
    }

    /** Dispatch, or re-dispatch to another unit (the earlier dispatches stay in the record). */
    @PostMapping("/{trackingId}/dispatch")
    ComplaintViews.ComplaintView dispatch(@PathVariable String tenant, @PathVariable String trackingId,
                                          @RequestBody Forms.DispatchForm form) {
        Caller caller = access.require(tenant, Role.COMPLAINT_COORDINATOR);
        return staffView(service.dispatch(service.get(tenant, trackingId), form, caller));
    }

    @PostMapping("/{trackingId}/follow-ups")
    ResponseEntity<ComplaintViews.ComplaintView> followUp(@PathVariable String tenant,
                                                          @PathVariable String trackingId,
                                                          @RequestBody Forms.FollowUpForm form) {
        Caller caller = access.require(tenant, Role.COMPLAINT_LIAISON);
        Complaint complaint = service.get(tenant, trackingId);
        access.requireUnit(caller, complaint.unitId());
        return ResponseEntity.status(HttpStatus.CREATED).body(staffView(service.followUp(complaint, form, caller)));
    }

    @PostMapping("/{trackingId}/acceptance")
    ComplaintViews.ComplaintView accept(@PathVariable String tenant, @PathVariable String trackingId,
                                        @RequestBody Forms.AcceptanceForm form) {
        Complaint complaint = service.forReporter(tenant, trackingId, form.reporterCode(),
                access.current().orElse(null));
        return view(service.accept(complaint, form), ComplaintViews.Audience.REPORTER);
    }

    @PostMapping("/{trackingId}/reopening")
    ComplaintViews.ComplaintView reopen(@PathVariable String tenant, @PathVariable String trackingId,
                                        @RequestBody Forms.ReopenForm form) {
        Complaint complaint = service.forReporter(tenant, trackingId, form.reporterCode(),
                access.current().orElse(null));
        return view(service.reopen(complaint, form), ComplaintViews.Audience.REPORTER);
    }

    private Complaint staffComplaint(String tenant, String trackingId, Role... tenantWide) {
        Caller staff = access.require(tenant, STAFF);
        Complaint complaint = service.get(tenant, trackingId);
        access.requireUnit(staff, complaint.unitId(), tenantWide);
        return complaint;
    }

    private ComplaintViews.ComplaintView staffView(Complaint complaint) {
        return view(complaint, ComplaintViews.Audience.STAFF);
    }

    private ComplaintViews.ComplaintView view(Complaint complaint, ComplaintViews.Audience audience) {
        return views.view(complaint, audience, service.calendar(complaint.tenant()), service.now());
    }
}
