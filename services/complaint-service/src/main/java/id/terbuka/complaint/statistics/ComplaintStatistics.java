package id.terbuka.complaint.statistics;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintStatus;
import id.terbuka.complaint.complaint.Dispatch;
import id.terbuka.complaint.complaint.FollowUp;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.directory.TenantCalendars;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public figures per unit (OPD) for complaints received in a period (tenant-local dates): complaints received by the
 * unit (dispatched to it), answered, answered within the follow-up SLA, mean working days to the answer, ratings;
 * and the tenant's totals (received, verified, rejected). Counts only: no content, no reporter.
 */
@Component
public class ComplaintStatistics {

    private final MongoTemplate mongo;
    private final TenantCalendars calendars;
    private final LocalUnitDirectory units;

    ComplaintStatistics(MongoTemplate mongo, TenantCalendars calendars, LocalUnitDirectory units) {
        this.mongo = mongo;
        this.calendars = calendars;
        this.units = units;
    }

    public record Totals(long received, long verified, long rejected, long open) {
    }

    public record Ratings(long count, Double average, Map<Integer, Long> distribution) {
    }

    public record UnitFigures(String unitId, String code, String name, long received, long answered,
                              long answeredWithinSla, Double meanWorkingDaysToAnswer, long open, Ratings ratings) {
    }

    public record Report(String tenant, LocalDate from, LocalDate to, Totals totals, List<UnitFigures> units) {
    }

    private static final class Tally {
        long received;
        long answered;
        long withinSla;
        long workingDays;
        long open;
        final Map<Integer, Long> ratings = new TreeMap<>();
    }

    /** @param to inclusive */
    public Report report(String tenant, LocalDate from, LocalDate to) {
        WorkingDayCalendar calendar = calendars.forTenant(tenant);
        java.time.ZoneId zone = calendar.settings().timeZone().zoneId();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Query query = Query.query(Criteria.where("tenant").is(tenant).and("receivedAt").gte(start).lt(end));
        query.fields().include("status", "verifiedAt", "rejection", "unitId", "dispatches", "followUps", "feedback");
        long received = 0;
        long verified = 0;
        long rejected = 0;
        long open = 0;
        Map<String, Tally> perUnit = new LinkedHashMap<>();
        for (Complaint c : mongo.find(query, Complaint.class)) {
            received++;
            if (c.verifiedAt() != null) {
                verified++;
            }
            if (c.status() == ComplaintStatus.REJECTED) {
                rejected++;
            }
            boolean isOpen = c.status() != ComplaintStatus.CLOSED && c.status() != ComplaintStatus.REJECTED;
            if (isOpen) {
                open++;
            }
            c.dispatches().stream().map(Dispatch::unitId).distinct()
                    .forEach(unit -> perUnit.computeIfAbsent(unit, k -> new Tally()).received++);
            for (FollowUp followUp : c.followUps()) {
                if (followUp.status() != ComplaintStatus.RESPONDED) {
                    continue;
                }
                Tally tally = perUnit.computeIfAbsent(followUp.unitId(), k -> new Tally());
                tally.answered++;
                if (!followUp.late()) {
                    tally.withinSla++;
                }
                tally.workingDays += followUp.workingDaysTaken() == null ? 0 : followUp.workingDaysTaken();
            }
            if (c.unitId() != null) {
                Tally current = perUnit.computeIfAbsent(c.unitId(), k -> new Tally());
                if (isOpen) {
                    current.open++;
                }
                if (c.feedback() != null && c.feedback().rating() >= 1) {
                    current.ratings.merge(c.feedback().rating(), 1L, Long::sum);
                }
            }
        }
        List<UnitFigures> figures = new ArrayList<>();
        perUnit.forEach((unitId, t) -> {
            LocalUnit unit = units.find(unitId).orElse(null);
            long rated = t.ratings.values().stream().mapToLong(Long::longValue).sum();
            double sum = t.ratings.entrySet().stream().mapToDouble(e -> e.getKey() * e.getValue()).sum();
            Map<Integer, Long> distribution = new TreeMap<>();
            for (int star = 1; star <= 5; star++) {
                distribution.put(star, t.ratings.getOrDefault(star, 0L));
            }
            figures.add(new UnitFigures(unitId, unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                    t.received, t.answered, t.withinSla,
                    t.answered == 0 ? null : round((double) t.workingDays / t.answered), t.open,
                    new Ratings(rated, rated == 0 ? null : round(sum / rated), distribution)));
        });
        figures.sort(Comparator.comparing((UnitFigures f) -> f.name() == null ? "~" : f.name())
                .thenComparing(UnitFigures::unitId));
        return new Report(tenant, from, to, new Totals(received, verified, rejected, open), figures);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
