package id.terbuka.request.information;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import id.terbuka.request.notice.NoticeDocuments;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Permohonan informasi (API.md, Requests). A registration number {@code 6408/2026/000001} is addressed as three
 * path segments: {@code /api/v1/kutai-timur/requests/6408/2026/000001}.
 *
 * <p>Who: anyone files (a signed-in citizen's request is linked to the account; PPID utama and pelaksana record
 * offline requests with {@code channel} and {@code receivedAt}); the requester follows it with the tracking code;
 * PPID roles work on it (PPID pelaksana only for its own unit); the atasan PPID answers keberatan.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/requests")
class RequestController {

    /** Staff who see requests in full: the PPID roles. */
    private static final Role[] PPID_ROLES = {Role.PPID_UTAMA, Role.PPID_PELAKSANA, Role.ATASAN_PPID};
    private static final String NUMBER = "/{region}/{year}/{sequence}";

    private final RequestService service;
    private final RequestViews views;
    private final NoticeDocuments notices;
    private final Access access;

    RequestController(RequestService service, RequestViews views, NoticeDocuments notices, Access access) {
        this.service = service;
        this.views = views;
        this.notices = notices;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<FilingReceipt> file(@PathVariable String tenant, @RequestBody FilingForm form) {
        FilingReceipt receipt = service.file(tenant, form, filer(tenant));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{number}")
                .buildAndExpand(receipt.registrationNumber()).toUri()).body(receipt);
    }

    @GetMapping
    PageResponse<RequestViews.RequestSummary> workList(@PathVariable String tenant,
                                                       @RequestParam(required = false) RequestStatus status,
                                                       @RequestParam(required = false) String unit,
                                                       @RequestParam(required = false) Boolean overdue,
                                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = access.require(tenant, PPID_ROLES);
        if (!caller.isProvinceAdmin() && !caller.hasAny(Role.PPID_UTAMA, Role.ATASAN_PPID)) {
            // PPID pelaksana: its own unit only
            if (unit != null) {
                access.requireUnit(caller, unit);
            }
            unit = caller.unit();
            if (unit == null) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-unit", "-");
            }
        }
        RequestService.WorkListPage result = service.workList(tenant, status, unit, overdue, page, size);
        return PageResponse.of(result.page(), r -> views.summary(r, result.calendar(), result.now()));
    }

    @GetMapping(NUMBER)
    RequestViews.RequestView track(@PathVariable String tenant, @PathVariable String region,
                                   @PathVariable String year, @PathVariable String sequence,
                                   @RequestParam(required = false) String trackingCode) {
        InformationRequest request = readable(tenant, number(region, year, sequence), trackingCode);
        return full(request);
    }

    @GetMapping(value = NUMBER + "/notice", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> notice(@PathVariable String tenant, @PathVariable String region,
                                  @PathVariable String year, @PathVariable String sequence,
                                  @RequestParam(required = false) String trackingCode) {
        InformationRequest request = readable(tenant, number(region, year, sequence), trackingCode);
        if (request.decision() == null) {
            throw ApiException.notFound("Pemberitahuan tertulis", request.registrationNumber());
        }
        byte[] pdf = notices.render(request, service.tenantName(tenant),
                service.calendar(tenant).settings().timeZone().zoneId());
        String file = "pemberitahuan-" + request.registrationNumber().replace('/', '-') + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(pdf);
    }

    @PostMapping(NUMBER + "/assignment")
    RequestViews.RequestView assign(@PathVariable String tenant, @PathVariable String region,
                                    @PathVariable String year, @PathVariable String sequence,
                                    @RequestBody AssignmentForm form) {
        access.require(tenant, Role.PPID_UTAMA);
        return full(service.assign(service.get(tenant, number(region, year, sequence)), form));
    }

    @PostMapping(NUMBER + "/extension")
    RequestViews.RequestView extend(@PathVariable String tenant, @PathVariable String region,
                                    @PathVariable String year, @PathVariable String sequence,
                                    @RequestBody ExtensionForm form) {
        Caller caller = access.require(tenant, Role.PPID_UTAMA, Role.PPID_PELAKSANA);
        InformationRequest request = service.get(tenant, number(region, year, sequence));
        access.requireUnit(caller, request.unitId(), Role.PPID_UTAMA);
        return full(service.extend(request, form, caller));
    }

    @PostMapping(NUMBER + "/decision")
    RequestViews.RequestView decide(@PathVariable String tenant, @PathVariable String region,
                                    @PathVariable String year, @PathVariable String sequence,
                                    @RequestBody DecisionForm form) {
        Caller caller = access.require(tenant, Role.PPID_UTAMA, Role.PPID_PELAKSANA);
        InformationRequest request = service.get(tenant, number(region, year, sequence));
        access.requireUnit(caller, request.unitId(), Role.PPID_UTAMA);
        return full(service.decide(request, form, caller));
    }

    /** The requester's keberatan: with the tracking code, or signed in with the account that filed. */
    @PostMapping(NUMBER + "/objections")
    ResponseEntity<ObjectionReceipt> object(@PathVariable String tenant, @PathVariable String region,
                                            @PathVariable String year, @PathVariable String sequence,
                                            @RequestParam(required = false) String trackingCode,
                                            @RequestBody ObjectionForm form) {
        InformationRequest request = service.forRequester(tenant, number(region, year, sequence), trackingCode,
                access.current().orElse(null));
        Objection objection = service.fileObjection(request, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ObjectionReceipt(objection.objectionNumber(),
                objection.ground(), objection.filedAt(), objection.filingDeadline(), objection.responseDueDate(),
                RequestViews.ExplanationView.of(objection.responseDueDateExplanation())));
    }

    public record ObjectionReceipt(String objectionNumber, ObjectionGround ground, Instant filedAt,
                                   LocalDate filingDeadline, LocalDate responseDueDate,
                                   RequestViews.ExplanationView responseDueDateExplanation) {
    }

    /** The atasan PPID answers the pending keberatan of a request. */
    @PostMapping(NUMBER + "/objections/decision")
    RequestViews.ObjectionView decideObjection(@PathVariable String tenant, @PathVariable String region,
                                               @PathVariable String year, @PathVariable String sequence,
                                               @RequestBody ObjectionDecisionForm form) {
        Caller caller = access.require(tenant, Role.ATASAN_PPID);
        InformationRequest request = service.get(tenant, number(region, year, sequence));
        return views.objectionView(service.decideObjection(request, form, caller));
    }

    /**
     * Another tenant on this platform holds the information: the notice says so (NOT_HELD naming it) and a linked
     * request is created there. A body outside the platform is named with a NOT_HELD decision instead.
     */
    @PostMapping(NUMBER + "/forwarding")
    RequestViews.RequestView forward(@PathVariable String tenant, @PathVariable String region,
                                     @PathVariable String year, @PathVariable String sequence,
                                     @RequestBody ForwardingForm form) {
        Caller caller = access.require(tenant, Role.PPID_UTAMA);
        return full(service.forward(service.get(tenant, number(region, year, sequence)), form, caller));
    }

    /** The requester ends the matter: withdraws the request or accepts the notice (status CLOSED). */
    @PostMapping(NUMBER + "/withdrawal")
    RequestViews.RequestView withdraw(@PathVariable String tenant, @PathVariable String region,
                                      @PathVariable String year, @PathVariable String sequence,
                                      @RequestParam(required = false) String trackingCode) {
        InformationRequest request = service.forRequester(tenant, number(region, year, sequence), trackingCode,
                access.current().orElse(null));
        return full(service.withdraw(request));
    }

    /**
     * Records the sengketa filed with the Komisi Informasi: by the requester (tracking code or filing account), or
     * by the PPID utama / atasan PPID who received the commission's summons.
     */
    @PostMapping(NUMBER + "/dispute")
    ResponseEntity<RequestViews.DisputeView> recordDispute(@PathVariable String tenant, @PathVariable String region,
                                                           @PathVariable String year, @PathVariable String sequence,
                                                           @RequestParam(required = false) String trackingCode,
                                                           @RequestBody DisputeForm form) {
        String number = number(region, year, sequence);
        Optional<Caller> caller = access.current();
        InformationRequest request;
        if (caller.isPresent() && (caller.get().hasAny(PPID_ROLES) || caller.get().isProvinceAdmin())) {
            access.require(tenant, Role.PPID_UTAMA, Role.ATASAN_PPID);
            request = service.get(tenant, number);
        } else {
            request = service.forRequester(tenant, number, trackingCode, caller.orElse(null));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(views.disputeView(service.recordDispute(request, form)));
    }

    /** The commission's steps (registration number, mediation, adjudication) as staff learn them. */
    @PatchMapping(NUMBER + "/dispute")
    RequestViews.DisputeView progressDispute(@PathVariable String tenant, @PathVariable String region,
                                             @PathVariable String year, @PathVariable String sequence,
                                             @RequestBody DisputeProgressForm form) {
        access.require(tenant, Role.PPID_UTAMA, Role.ATASAN_PPID);
        return views.disputeView(service.progressDispute(service.get(tenant, number(region, year, sequence)), form));
    }

    /** The commission's putusan or the mediation agreement. */
    @PostMapping(NUMBER + "/dispute/decision")
    RequestViews.DisputeView decideDispute(@PathVariable String tenant, @PathVariable String region,
                                           @PathVariable String year, @PathVariable String sequence,
                                           @RequestBody DisputeDecisionForm form) {
        access.require(tenant, Role.PPID_UTAMA, Role.ATASAN_PPID);
        return views.disputeView(service.decideDispute(service.get(tenant, number(region, year, sequence)), form));
    }

    /**
     * A proxy's power of attorney (surat kuasa khusus) as PDF, JPEG or PNG: uploaded by the requester (tracking code
     * or filing account) or by PPID staff who received it on paper (pelaksana: own unit).
     */
    @PostMapping(value = NUMBER + "/power-of-attorney", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RequestViews.RequestView uploadPowerOfAttorney(@PathVariable String tenant, @PathVariable String region,
                                                   @PathVariable String year, @PathVariable String sequence,
                                                   @RequestParam(required = false) String trackingCode,
                                                   @RequestPart("file") MultipartFile file) throws IOException {
        String number = number(region, year, sequence);
        Optional<Caller> caller = access.current();
        InformationRequest request;
        if (caller.isPresent() && (caller.get().hasAny(PPID_ROLES) || caller.get().isProvinceAdmin())) {
            Caller staff = access.require(tenant, Role.PPID_UTAMA, Role.PPID_PELAKSANA);
            request = service.get(tenant, number);
            access.requireUnit(staff, request.unitId(), Role.PPID_UTAMA);
        } else {
            request = service.forRequester(tenant, number, trackingCode, caller.orElse(null));
        }
        return full(service.attachPowerOfAttorney(request, file));
    }

    @GetMapping(NUMBER + "/power-of-attorney")
    ResponseEntity<byte[]> powerOfAttorney(@PathVariable String tenant, @PathVariable String region,
                                           @PathVariable String year, @PathVariable String sequence,
                                           @RequestParam(required = false) String trackingCode) {
        InformationRequest request = readable(tenant, number(region, year, sequence), trackingCode);
        byte[] bytes = service.powerOfAttorney(request);
        AttachedDocument document = request.powerOfAttorney();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /**
     * PPID roles read any request of their tenant (pelaksana: of its unit); everyone else only as the requester
     * (tracking code or filing account), and otherwise gets the same 404 as for a number that does not exist.
     */
    private InformationRequest readable(String tenant, String number, String trackingCode) {
        Optional<Caller> caller = access.current();
        if (caller.isPresent() && (caller.get().hasAny(PPID_ROLES) || caller.get().isProvinceAdmin())) {
            Caller staff = access.require(tenant, PPID_ROLES);
            InformationRequest request = service.get(tenant, number);
            access.requireUnit(staff, request.unitId(), Role.PPID_UTAMA, Role.ATASAN_PPID);
            return request;
        }
        return service.forRequester(tenant, number, trackingCode, caller.orElse(null));
    }

    private Filer filer(String tenant) {
        Optional<Caller> current = access.current();
        if (current.isEmpty()) {
            return Filer.PUBLIC;
        }
        Caller caller = current.get();
        if (caller.hasAny(Role.PPID_UTAMA, Role.PPID_PELAKSANA)) {
            access.require(tenant, Role.PPID_UTAMA, Role.PPID_PELAKSANA);
            return new Filer(Filer.Kind.STAFF, caller.subject(),
                    caller.has(Role.PPID_UTAMA) ? null : caller.unit());
        }
        // A citizen account belongs to one tenant; elsewhere the citizen files without signing in.
        access.require(tenant, Role.CITIZEN);
        return new Filer(Filer.Kind.CITIZEN, caller.subject(), null);
    }

    private RequestViews.RequestView full(InformationRequest request) {
        WorkingDayCalendar calendar = service.calendar(request.tenant());
        return views.full(request, calendar, service.now());
    }

    private static String number(String region, String year, String sequence) {
        return region + "/" + year + "/" + sequence;
    }
}
