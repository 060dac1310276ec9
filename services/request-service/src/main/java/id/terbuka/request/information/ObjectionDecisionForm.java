package id.terbuka.request.information;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The atasan PPID's answer; {@code reasons} are required when the keberatan is dismissed (Pasal 36(3)). */
public record ObjectionDecisionForm(@NotNull ObjectionResult result, @Size(max = 4000) String reasons) {
}
