package id.terbuka.complaint.complaint;

import java.time.Instant;

/**
 * A later message of the reporter on a messaging channel, joined to their open complaint.
 *
 * @param sourceKey the platform's message id (per channel and tenant): a redelivery joins nothing twice
 * @param kind      TEXT, PHOTO or LOCATION
 * @param mediaId   the platform's id of a photo (fetched from the platform on demand; not stored here)
 */
public record ReporterMessage(Instant at, String sourceKey, String kind, String text, Location location,
                              String mediaId) {
}
