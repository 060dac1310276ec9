package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sengketa informasi about the request was filed with the Komisi Informasi (UU KIP Pasal 37) and recorded.
 *
 * @param commission           the Komisi Informasi hearing it, e.g. "Komisi Informasi Provinsi Kalimantan Timur"
 * @param kiRegistrationNumber the commission's registration number, when already known
 * @param filedOn              the day the application reached the commission
 */
public record DisputeRecorded(
        String requestId,
        String tenant,
        String registrationNumber,
        String commission,
        String kiRegistrationNumber,
        LocalDate filedOn,
        Instant recordedAt) {

    public static final EventType<DisputeRecorded> TYPE =
            new EventType<>("id.terbuka.request.dispute-recorded.v1", Topics.REQUEST, DisputeRecorded.class);
}
