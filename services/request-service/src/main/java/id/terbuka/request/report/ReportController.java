package id.terbuka.request.report;

import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.request.information.RequestService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pasal 12 report (API.md: {@code GET /api/v1/{tenant}/reports/requests?year=}, public — the law makes it
 * public information and it holds no personal data) as JSON, CSV or PDF, per year or semester; and the register
 * of requests, which names requesters, for the PPID utama, the atasan PPID and the tenant admin.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/reports/requests")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RequestReports reports;
    private final ReportDocuments documents;
    private final FieldCipher box;
    private final Access access;
    private final MessageSource messages;

    ReportController(RequestReports reports, ReportDocuments documents, FieldCipher box, Access access,
                     MessageSource messages) {
        this.reports = reports;
        this.documents = documents;
        this.box = box;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> annual(@PathVariable String tenant, @RequestParam(required = false) String year,
                             @RequestParam(required = false) String semester,
                             @RequestParam(required = false, defaultValue = "json") String format) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestReports.Period period = period(year, semester, problems);
        if (!List.of("json", "csv", "pdf").contains(format)) {
            problems.add(new FieldProblem("format", text("report.format")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        AnnualReport report = reports.annual(tenant, period);
        String file = "laporan-permohonan-" + tenant + "-" + period.year()
                + (period.semester() == null ? "" : "-s" + period.semester());
        return switch (format) {
            case "csv" -> download(documents.csv(report), CSV, file + ".csv");
            case "pdf" -> download(documents.pdf(report), MediaType.APPLICATION_PDF, file + ".pdf");
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    /** The buku register permohonan as CSV; the address column is filled only for PPID roles. */
    @GetMapping(value = "/register", produces = {"text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> register(@PathVariable String tenant, @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String semester) {
        Caller caller = access.require(tenant, Role.PPID_UTAMA, Role.ATASAN_PPID, Role.TENANT_ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        RequestReports.Period period = period(year, semester, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        boolean ppid = caller.hasAny(Role.PPID_UTAMA, Role.ATASAN_PPID);
        byte[] csv = documents.registerCsv(reports.register(tenant, period),
                r -> box.open(r.requester().addressSealed(), RequestService.aad(r.id(), "address")), ppid,
                reports.zone(tenant));
        return download(csv, CSV, "register-permohonan-" + tenant + "-" + period.year()
                + (period.semester() == null ? "" : "-s" + period.semester()) + ".csv");
    }

    private RequestReports.Period period(String year, String semester, List<FieldProblem> problems) {
        Integer y = number(year);
        if (y == null || y < 2008 || y > 2100) {
            problems.add(new FieldProblem("year", text("report.year")));
        }
        Integer s = null;
        if (semester != null && !semester.isBlank()) {
            s = number(semester);
            if (s == null || (s != 1 && s != 2)) {
                problems.add(new FieldProblem("semester", text("report.semester")));
            }
        }
        return problems.isEmpty() ? new RequestReports.Period(y, s) : null;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
