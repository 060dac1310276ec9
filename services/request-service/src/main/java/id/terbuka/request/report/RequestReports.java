package id.terbuka.request.report;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.request.information.Channel;
import id.terbuka.request.information.Decision;
import id.terbuka.request.information.Dispute;
import id.terbuka.request.information.InformationRequest;
import id.terbuka.request.information.LegalBasis;
import id.terbuka.request.information.Objection;
import id.terbuka.request.information.ObjectionGround;
import id.terbuka.request.information.ObjectionResult;
import id.terbuka.request.information.Outcome;
import id.terbuka.request.information.RequestStatus;
import id.terbuka.request.information.RequesterType;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Computes the Pasal 12 report and the register from the stored requests of one tenant. */
@Component
public class RequestReports {

    /** Outcome key of a request without a written notice yet. */
    static final String PENDING = "PENDING";
    static final String WITHDRAWN = "WITHDRAWN";

    private final MongoTemplate mongo;
    private final TenantCalendars calendars;
    private final LocalTenantDirectory tenants;
    private final LocalUnitDirectory units;

    RequestReports(MongoTemplate mongo, TenantCalendars calendars, LocalTenantDirectory tenants,
                   LocalUnitDirectory units) {
        this.mongo = mongo;
        this.calendars = calendars;
        this.tenants = tenants;
        this.units = units;
    }

    /** The period: a year, or its first (Jan–Jun) or second (Jul–Dec) semester. */
    public record Period(int year, Integer semester) {
        public LocalDate from() {
            return LocalDate.of(year, semester == null || semester == 1 ? 1 : 7, 1);
        }

        public LocalDate to() {
            return semester != null && semester == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        boolean contains(LocalDate date) {
            return date != null && !date.isBefore(from()) && !date.isAfter(to());
        }
    }

    public AnnualReport annual(String tenant, Period period) {
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        ZoneId zone = calendar.settings().timeZone().zoneId();
        List<InformationRequest> touched = touching(tenant, period, zone);
        List<InformationRequest> received = touched.stream()
                .filter(r -> period.contains(calendar.localDate(r.receivedAt()))).toList();

        Map<String, Long> byChannel = zeroes(Channel.values());
        Map<String, Long> byType = zeroes(RequesterType.values());
        Map<String, Long> byOutcome = zeroes(Outcome.values());
        byOutcome.put(PENDING, 0L);
        byOutcome.put(WITHDRAWN, 0L);
        Map<String, Long> byLegalBasis = zeroes(LegalBasis.values());
        Map<String, Long> byUnitId = new LinkedHashMap<>();
        List<Integer> answerDays = new ArrayList<>();
        long late = 0;
        long extensions = 0;
        long forwarded = 0;
        for (InformationRequest r : received) {
            byChannel.merge(r.channel().name(), 1L, Long::sum);
            byType.merge(r.requester().type().name(), 1L, Long::sum);
            byUnitId.merge(r.unitId() == null ? "" : r.unitId(), 1L, Long::sum);
            Decision d = r.decision();
            if (d == null) {
                // a request reopened by an upheld keberatan is pending again until its new notice
                boolean withdrawn = r.status() == RequestStatus.CLOSED;
                byOutcome.merge(withdrawn ? WITHDRAWN : PENDING, 1L, Long::sum);
            } else {
                byOutcome.merge(d.outcome().name(), 1L, Long::sum);
                if (d.outcome() == Outcome.REJECTED && d.legalBasis() != null) {
                    byLegalBasis.merge(d.legalBasis().name(), 1L, Long::sum);
                }
            }
            // the answer time is that of the first notice, even when an upheld keberatan set it aside
            Decision first = r.firstNotice();
            if (first != null) {
                answerDays.add(first.workingDaysTaken());
                late += first.late() ? 1 : 0;
            }
            extensions += r.extension() != null ? 1 : 0;
            forwarded += r.forwardedTo() != null ? 1 : 0;
        }

        Map<String, Long> byGround = zeroes(ObjectionGround.values());
        Map<String, Long> byResult = zeroes(ObjectionResult.values());
        byResult.put(PENDING, 0L);
        long objectionsFiled = 0;
        long objectionsLate = 0;
        Map<String, Long> disputeOutcomes = zeroes(Dispute.DisputeOutcome.values());
        disputeOutcomes.put(PENDING, 0L);
        long disputes = 0;
        for (InformationRequest r : touched) {
            for (Objection o : r.objections()) {
                if (period.contains(calendar.localDate(o.filedAt()))) {
                    objectionsFiled++;
                    byGround.merge(o.ground().name(), 1L, Long::sum);
                    byResult.merge(o.result() == null ? PENDING : o.result().name(), 1L, Long::sum);
                    objectionsLate += o.late() ? 1 : 0;
                }
            }
            Dispute dispute = r.dispute();
            if (dispute != null && period.contains(dispute.filedOn())) {
                disputes++;
                disputeOutcomes.merge(dispute.outcome() == null ? PENDING : dispute.outcome().name(), 1L, Long::sum);
            }
        }

        List<AnnualReport.UnitCount> byUnit = byUnitId.entrySet().stream()
                .map(e -> new AnnualReport.UnitCount(e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty() ? "PPID Utama" : units.find(e.getKey()).map(LocalUnit::name)
                                .orElse(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(AnnualReport.UnitCount::received).reversed()
                        .thenComparing(AnnualReport.UnitCount::unitName))
                .toList();
        return new AnnualReport(tenant, tenants.find(tenant).map(LocalTenant::name).orElse(tenant), period.year(),
                period.semester(), period.from(), period.to(), received.size(), byChannel, byType, byUnit, byOutcome,
                answerTime(answerDays), late, extensions, forwarded, byLegalBasis,
                new AnnualReport.Objections(objectionsFiled, byGround, byResult, objectionsLate),
                new AnnualReport.Disputes(disputes, disputeOutcomes));
    }

    /** The buku register permohonan: every request received in the period, in order of registration number. */
    public List<InformationRequest> register(String tenant, Period period) {
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        ZoneId zone = calendar.settings().timeZone().zoneId();
        Query query = Query.query(Criteria.where("tenant").is(tenant).and("receivedAt")
                .gte(start(period.from(), zone)).lt(start(period.to().plusDays(1), zone)))
                .with(Sort.by("receivedAt", "registrationNumber"));
        return mongo.find(query, InformationRequest.class);
    }

    public String tenantName(String tenant) {
        return tenants.find(tenant).map(LocalTenant::name).orElse(tenant);
    }

    public ZoneId zone(String tenant) {
        return calendars.forTenant(tenant).settings().timeZone().zoneId();
    }

    /** Requests received in the period, or with a keberatan or sengketa in it (a day's margin for the zones). */
    private List<InformationRequest> touching(String tenant, Period period, ZoneId zone) {
        Instant from = start(period.from(), zone);
        Instant to = start(period.to().plusDays(1), zone);
        Query query = Query.query(Criteria.where("tenant").is(tenant).orOperator(
                Criteria.where("receivedAt").gte(from).lt(to),
                Criteria.where("objections.filedAt").gte(from).lt(to),
                Criteria.where("dispute.filedOn").gte(period.from()).lte(period.to())));
        return mongo.find(query, InformationRequest.class);
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    static AnnualReport.AnswerTime answerTime(List<Integer> days) {
        if (days.isEmpty()) {
            return new AnnualReport.AnswerTime(0, null, null, null);
        }
        List<Integer> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new AnnualReport.AnswerTime(n, Math.round(mean * 100) / 100.0, median, sorted.getLast());
    }

    private static <E extends Enum<E>> Map<String, Long> zeroes(E[] values) {
        return java.util.Arrays.stream(values).collect(Collectors.toMap(Enum::name, v -> 0L, (a, b) -> a,
                LinkedHashMap::new));
    }
}
