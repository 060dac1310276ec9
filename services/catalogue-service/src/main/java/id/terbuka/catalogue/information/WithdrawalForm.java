package id.terbuka.catalogue.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST .../information/{id}/withdrawal}. */
public record WithdrawalForm(@NotBlank @Size(max = 2000) String reason) {
}
