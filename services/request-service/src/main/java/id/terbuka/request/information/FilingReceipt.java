package id.terbuka.request.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a filing: the registration number (tanda bukti penerimaan, UU KIP Pasal 22(4)) and the tracking
 * code, shown this once: only its hash is stored.
 */
public record FilingReceipt(String registrationNumber, String trackingCode, RequestStatus status,
                            Instant registeredAt, Instant receivedAt, Channel channel, LocalDate dueDate,
                            RequestViews.ExplanationView dueDateExplanation) {
}
