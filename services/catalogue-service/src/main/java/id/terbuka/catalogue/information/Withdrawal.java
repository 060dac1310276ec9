package id.terbuka.catalogue.information;

import java.time.Instant;

/** Why and when an entry left the public list; the entry itself stays on record. */
public record Withdrawal(String reason, Instant at, String by) {
}
