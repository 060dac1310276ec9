package id.terbuka.request.information;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The commission's steps as they happen; fields left out stay as they were. */
public record DisputeProgressForm(@Size(max = 100) String kiRegistrationNumber, LocalDate registeredOn,
                                  LocalDate mediationStartedOn, LocalDate mediationEndedOn,
                                  Dispute.MediationResult mediationResult, LocalDate adjudicationStartedOn) {
}
