package id.terbuka.platform.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of an OPD (unit), built from identity events and keyed by the unit id.
 *
 * @param status          {@code ACTIVE} or {@code CLOSED}; closing is final, so a unit once seen closed stays closed
 *                        whatever order the events arrive in
 * @param revision        the highest revision applied (created = 0, every rename or closure adds one)
 * @param detailsRevision the revision that {@code code}, {@code name} and {@code kind} come from; {@code -1} while
 *                        only the closure is known (those fields are then null until the creation arrives)
 */
@Document("directory_units")
public record LocalUnit(@Id String unitId, String tenant, String code, String name, String kind, String status,
                        long revision, long detailsRevision) {

    public static final String ACTIVE = "ACTIVE";
    public static final String CLOSED = "CLOSED";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
