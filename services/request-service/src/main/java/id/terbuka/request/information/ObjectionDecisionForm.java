package id.terbuka.request.information;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The atasan PPID's answer; {@code reasons} are required when the keberatan is dismissed (Pasal 36(3)).
 * {@code actionWorkingDays}: for UPHELD only, the working days the PPID gets for the new written notice (default 10,
 * as for the first one).
 */
public record ObjectionDecisionForm(@NotNull ObjectionResult result, @Size(max = 4000) String reasons,
                                    @Min(1) @Max(30) Integer actionWorkingDays) {

    public ObjectionDecisionForm(ObjectionResult result, String reasons) {
        this(result, reasons, null);
    }
}
