package id.terbuka.complaint.statistics;

import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/{tenant}/complaints/statistics?from=&to=}: public figures per unit for complaints received
 * between the two tenant-local dates (inclusive; default: the last 12 months up to today, at most 3 years).
 */
@RestController
public class StatisticsController {

    private final ComplaintStatistics statistics;
    private final ComplaintService service;
    private final MessageSource messages;

    StatisticsController(ComplaintStatistics statistics, ComplaintService service, MessageSource messages) {
        this.statistics = statistics;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/api/v1/{tenant}/complaints/statistics")
    ComplaintStatistics.Report statistics(@PathVariable String tenant,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate to) {
        LocalDate today = service.calendar(tenant).localDate(service.now());
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusYears(1).plusDays(1) : from;
        if (since.isAfter(until)) {
            throw ApiException.invalid(List.of(new FieldProblem("from", text("complaint.statistics.order"))));
        }
        if (since.isBefore(until.minusYears(3))) {
            throw ApiException.invalid(List.of(new FieldProblem("from", text("complaint.statistics.span"))));
        }
        return statistics.report(tenant, since, until);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
