package id.terbuka.news.activity;

import id.terbuka.news.NewsSettings;
import id.terbuka.news.article.Article;
import id.terbuka.news.publicread.RenderedResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Public activity board of a tenant's units: {@code GET /api/v1/{tenant}/news/activity?from=&to=&silentDays=}.
 * Default period: the 30 tenant-local days up to today. See {@link ActivityBoard} for what is counted.
 */
@RestController
class ActivityController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MongoTemplate mongo;
    private final LocalUnitDirectory units;
    private final LocalTenantDirectory tenants;
    private final NewsSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final RenderedResponses rendered;
    private final JsonMapper json;

    ActivityController(MongoTemplate mongo, LocalUnitDirectory units, LocalTenantDirectory tenants,
                       NewsSettings settings, MessageSource messages, Clock clock, RenderedResponses rendered,
                       JsonMapper json) {
        this.rendered = rendered;
        this.json = json;
        this.mongo = mongo;
        this.units = units;
        this.tenants = tenants;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/{tenant}/news/activity")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ActivityBoard.Board.class)))
    ResponseEntity<byte[]> board(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer silentDays) {
        Period period = period(tenant, from, to);
        return rendered.serve(tenant, "activity", period.key(silentDays), () -> new RenderedResponses.Body(
                json.writeValueAsBytes(compute(tenant, period, silentDays)), MediaType.APPLICATION_JSON));
    }

    /** The same board as CSV, one row per unit, for spreadsheets. */
    @GetMapping("/api/v1/{tenant}/news/activity.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer silentDays) {
        Period period = period(tenant, from, to);
        String fileName = "aktivitas-berita-" + tenant + "-" + period.start() + "-" + period.end() + ".csv";
        return rendered.serve(tenant, "activity.csv", period.key(silentDays),
                () -> RenderedResponses.Body.text(ActivityCsv.of(compute(tenant, period, silentDays)), CSV),
                attachment(fileName));
    }

    /**
     * The monthly ranking history ({@link MonthlyRanking}): {@code from}/{@code to} as {@code yyyy-MM}, default the
     * 12 tenant-local months up to the current one; at most {@value #MAX_MONTHS} months.
     */
    @GetMapping("/api/v1/{tenant}/news/activity/history")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MonthlyRanking.History.class)))
    ResponseEntity<byte[]> history(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        Months months = months(tenant, from, to);
        return rendered.serve(tenant, "activity-history", months.key(), () -> new RenderedResponses.Body(
                json.writeValueAsBytes(history(tenant, months)), MediaType.APPLICATION_JSON));
    }

    /** The same history as CSV: one line per month and unit. */
    @GetMapping("/api/v1/{tenant}/news/activity/history.csv")
    ResponseEntity<byte[]> historyCsv(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        Months months = months(tenant, from, to);
        String fileName = "peringkat-berita-" + tenant + "-" + months.from() + "-" + months.to() + ".csv";
        return rendered.serve(tenant, "activity-history.csv", months.key(),
                () -> RenderedResponses.Body.text(MonthlyRanking.csv(history(tenant, months)), CSV),
                attachment(fileName));
    }

    static final int MAX_MONTHS = 36;

    record Months(YearMonth from, YearMonth to, ZoneId zone) {

        String key() {
            return RenderedResponses.parameters("from", from, "to", to);
        }
    }

    private Months months(String tenant, YearMonth from, YearMonth to) {
        ZoneId zone = zone(tenant);
        YearMonth end = to == null ? YearMonth.now(clock.withZone(zone)) : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw ApiException.invalid(List.of(new FieldProblem("from", messages.getMessage("news.period.order",
                    null, "from > to", LocaleContextHolder.getLocale()))));
        }
        if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            throw ApiException.invalid(List.of(new FieldProblem("from", messages.getMessage("news.period.months",
                    new Object[]{MAX_MONTHS}, "too long", LocaleContextHolder.getLocale()))));
        }
        return new Months(start, end, zone);
    }

    private MonthlyRanking.History history(String tenant, Months months) {
        Query query = Query.query(Criteria.where("tenant").is(tenant).and("firstPublishedAt").ne(null));
        query.fields().include("unitId", "status", "firstPublishedAt");
        return MonthlyRanking.compute(tenant, units.activeUnits(tenant),
                mongo.find(query, ArticleFacts.class, Article.COLLECTION), months.from(), months.to(), months.zone());
    }

    static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                .toString());
        return headers;
    }

    /** The tenant-local period asked for (default: the 30 days up to today), its zone and today. */
    record Period(LocalDate start, LocalDate end, ZoneId zone, LocalDate today) {

        String key(Integer silentDays) {
            return RenderedResponses.parameters("from", start, "to", end, "today", today, "silentDays", silentDays);
        }
    }

    private Period period(String tenant, LocalDate from, LocalDate to) {
        ZoneId zone = zone(tenant);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw ApiException.invalid(List.of(new FieldProblem("from", messages.getMessage("news.period.order",
                    null, "from > to", LocaleContextHolder.getLocale()))));
        }
        return new Period(start, end, zone, today);
    }

    ZoneId zone(String tenant) {
        return tenants.find(tenant).map(LocalTenant::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    private ActivityBoard.Board compute(String tenant, Period period, Integer silentDays) {
        Query query = Query.query(Criteria.where("tenant").is(tenant));
        query.fields().include("unitId", "status", "createdAt", "firstSubmittedAt", "firstPublishedAt",
                "rejectedAt", "reviews");
        List<ArticleFacts> facts = mongo.find(query, ArticleFacts.class, Article.COLLECTION);
        return ActivityBoard.compute(tenant, units.activeUnits(tenant), facts, period.start(), period.end(),
                period.zone(), period.today(), silentDays == null ? settings.silentDays() : silentDays);
    }
}
