package id.terbuka.news.activity;

import id.terbuka.news.NewsSettings;
import id.terbuka.news.article.Article;
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
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Public activity board of a tenant's units: {@code GET /api/v1/{tenant}/news/activity?from=&to=&silentDays=}.
 * Default period: the 30 tenant-local days up to today. See {@link ActivityBoard} for what is counted.
 */
@RestController
class ActivityController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final MongoTemplate mongo;
    private final LocalUnitDirectory units;
    private final LocalTenantDirectory tenants;
    private final NewsSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ActivityController(MongoTemplate mongo, LocalUnitDirectory units, LocalTenantDirectory tenants,
                       NewsSettings settings, MessageSource messages, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.tenants = tenants;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/{tenant}/news/activity")
    ResponseEntity<ActivityBoard.Board> board(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer silentDays) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic())
                .body(compute(tenant, from, to, silentDays));
    }

    /** The same board as CSV, one row per unit, for spreadsheets. */
    @GetMapping("/api/v1/{tenant}/news/activity.csv")
    ResponseEntity<String> csv(
            @PathVariable String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer silentDays) {
        ActivityBoard.Board board = compute(tenant, from, to, silentDays);
        String fileName = "aktivitas-berita-" + tenant + "-" + board.from() + "-" + board.to() + ".csv";
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(ActivityCsv.of(board));
    }

    private ActivityBoard.Board compute(String tenant, LocalDate from, LocalDate to, Integer silentDays) {
        ZoneId zone = tenants.find(tenant).map(LocalTenant::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw ApiException.invalid(List.of(new FieldProblem("from", messages.getMessage("news.period.order",
                    null, "from > to", LocaleContextHolder.getLocale()))));
        }
        Query query = Query.query(Criteria.where("tenant").is(tenant));
        query.fields().include("unitId", "status", "createdAt", "firstSubmittedAt", "firstPublishedAt",
                "rejectedAt", "reviews");
        List<ArticleFacts> facts = mongo.find(query, ArticleFacts.class, Article.COLLECTION);
        return ActivityBoard.compute(tenant, units.activeUnits(tenant), facts, start, end, zone,
                today, silentDays == null ? settings.silentDays() : silentDays);
    }
}
