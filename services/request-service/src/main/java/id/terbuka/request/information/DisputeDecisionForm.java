package id.terbuka.request.information;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The end of a sengketa: the putusan (with its number) or a mediation agreement / withdrawal. */
public record DisputeDecisionForm(@NotNull Dispute.DisputeOutcome outcome, @Size(max = 100) String decisionNumber,
                                  @NotNull LocalDate decidedOn, @Size(max = 4000) String summary) {
}
