package id.terbuka.request.information;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST .../decision}. Which fields are required depends on {@code outcome}:
 * <ul>
 *   <li>{@code REJECTED}: {@code legalBasis} (Pasal 17 letter A–J), {@code decisionNumber} (the SK penolakan) and
 *       {@code reasons} (the consequence test); optionally the catalogue {@code exclusionId}</li>
 *   <li>{@code GRANTED}, {@code PARTIALLY_GRANTED}: {@code informationGiven} and {@code form}; fees from
 *       {@code sheets} × the tenant's tariff + {@code deliveryCost}; a partial grant needs {@code redactionNote}
 *       (what was blacked out and why, Pasal 22(7)e)</li>
 *   <li>{@code NOT_HELD}: {@code holderBody}, the body that holds the information</li>
 *   <li>{@code NOT_YET_DOCUMENTED}: {@code timeNeededDays}</li>
 * </ul>
 */
public record DecisionForm(
        @NotNull Outcome outcome,
        LegalBasis legalBasis,
        @Size(max = 100) String decisionNumber,
        @Size(max = 4000) String reasons,
        @Size(max = 100) String exclusionId,
        @Size(max = 4000) String informationGiven,
        @Size(max = 50) List<@Size(max = 100) String> catalogueEntryIds,
        @Size(max = 2000) String redactionNote,
        CopyForm form,
        @PositiveOrZero @Max(100_000) Integer sheets,
        @PositiveOrZero @Max(100_000_000) Long deliveryCost,
        @Min(1) @Max(365) Integer provisionDays,
        @Size(max = 300) String holderBody,
        @Min(1) @Max(365) Integer timeNeededDays,
        @Size(max = 2000) String note) {
}
