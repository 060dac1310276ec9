package id.terbuka.complaint.duplicate;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests, for the coordinator, open complaints that may report the same thing: received within the window
 * (30 days) around it, within the radius (a bounding box in the query, the exact distance here), and sharing enough
 * stemmed Indonesian terms of title and description. Computed when asked, so a location or text that arrived later
 * (messaging channels) counts.
 */
@Component
public class DuplicateFinder {

    static final List<ComplaintStatus> OPEN = List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED,
            ComplaintStatus.DISPATCHED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESPONDED,
            ComplaintStatus.REOPENED);
    private static final int CANDIDATES = 500;

    private final MongoTemplate mongo;
    private final ComplaintSettings.Duplicates settings;

    DuplicateFinder(MongoTemplate mongo, ComplaintSettings settings) {
        this.mongo = mongo;
        this.settings = settings.duplicates();
    }

    public record Suggestion(String trackingId, String title, ComplaintStatus status, Instant receivedAt,
                             double similarity, long distanceMetres, List<String> sharedTerms) {
    }

    public List<Suggestion> suggestionsFor(Complaint complaint) {
        if (complaint.location() == null || complaint.location().lat() == null || complaint.location().lon() == null
                || complaint.mergedInto() != null) {
            return List.of();
        }
        Set<String> terms = TermSets.of(complaint.title(), complaint.description());
        if (terms.isEmpty()) {
            return List.of();
        }
        double lat = complaint.location().lat();
        double lon = complaint.location().lon();
        double dLat = Distance.latitudeDegrees(settings.radiusMetres());
        double dLon = Distance.longitudeDegrees(settings.radiusMetres(), lat);
        Query candidates = Query.query(Criteria.where("tenant").is(complaint.tenant())
                .and("_id").ne(complaint.id())
                .and("status").in(OPEN)
                .and("receivedAt").gte(complaint.receivedAt().minus(settings.window()))
                .lte(complaint.receivedAt().plus(settings.window()))
                .and("location.lat").gte(lat - dLat).lte(lat + dLat)
                .and("location.lon").gte(lon - dLon).lte(lon + dLon)).limit(CANDIDATES);
        return mongo.find(candidates, Complaint.class).stream()
                .map(other -> suggestion(terms, lat, lon, other))
                .filter(s -> s != null)
                .sorted(Comparator.comparingDouble(Suggestion::similarity).reversed()
                        .thenComparingLong(Suggestion::distanceMetres))
                .limit(10).toList();
    }

    private Suggestion suggestion(Set<String> terms, double lat, double lon, Complaint other) {
        double metres = Distance.metres(lat, lon, other.location().lat(), other.location().lon());
        if (metres > settings.radiusMetres()) {
            return null;
        }
        Set<String> theirs = TermSets.of(other.title(), other.description());
        double overlap = TermSets.overlap(terms, theirs);
        if (overlap < settings.minOverlap() || TermSets.shared(terms, theirs) < settings.minShared()) {
            return null;
        }
        return new Suggestion(other.trackingId(), other.title(), other.status(), other.receivedAt(),
                Math.round(overlap * 100) / 100.0, Math.round(metres),
                terms.stream().filter(theirs::contains).toList());
    }
}
