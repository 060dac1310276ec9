package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An information request (permohonan informasi) was registered: filed online or recorded by PPID staff for a
 * request received offline. Carries no personal data of the requester (no name, NIK or contact details).
 *
 * @param channel    {@code ONLINE}, or the offline channel staff recorded ({@code IN_PERSON}, {@code LETTER},
 *                   {@code POST}, {@code EMAIL}, {@code FAX}, {@code PHONE})
 * @param receivedAt when the request reached the public body; the legal clock runs from it
 * @param dueDate    tenant-local date by which the written notice is due (10 working days)
 * @param unitId     the unit (OPD) handling it, or null while PPID utama has not assigned it
 */
public record RequestRegistered(
        String requestId,
        String tenant,
        String registrationNumber,
        String channel,
        String requesterType,
        Instant receivedAt,
        Instant registeredAt,
        LocalDate dueDate,
        String unitId) {

    public static final EventType<RequestRegistered> TYPE =
            new EventType<>("id.terbuka.request.request-registered.v1", Topics.REQUEST, RequestRegistered.class);
}
