package id.terbuka.request.information;

import java.time.Instant;

/**
 * One step of a request as the requester sees it (no staff names).
 *
 * @param event  {@code REGISTERED}, {@code ASSIGNED}, {@code EXTENDED}, {@code DECIDED}, {@code OBJECTION_FILED},
 *               {@code OBJECTION_DECIDED}, {@code OVERDUE}, {@code FORWARDED}, {@code FORWARDED_FROM},
 *               {@code DISPUTE_RECORDED}, {@code DISPUTE_DECIDED}, {@code POWER_OF_ATTORNEY}, {@code CLOSED}
 * @param status the request's status after the step
 * @param note   e.g. the reason of an extension or the number of a keberatan
 */
public record HistoryEntry(Instant at, String event, RequestStatus status, String note) {
}
