package id.terbuka.request.information;

import jakarta.validation.constraints.NotBlank;

/** The unit (OPD) that handles a request. */
public record AssignmentForm(@NotBlank String unitId) {
}
