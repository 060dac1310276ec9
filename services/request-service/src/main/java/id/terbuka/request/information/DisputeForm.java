package id.terbuka.request.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A sengketa filed with the Komisi Informasi: which commission, the day it was filed there, and the commission's
 * registration number when already known.
 */
public record DisputeForm(@NotBlank @Size(max = 200) String commission, @Size(max = 100) String kiRegistrationNumber,
                          @NotNull LocalDate filedOn) {
}
