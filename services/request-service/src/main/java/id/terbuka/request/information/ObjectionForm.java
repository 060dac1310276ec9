package id.terbuka.request.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A keberatan: its Pasal 35(1) ground (A–G) and the requester's reasons. */
public record ObjectionForm(@NotNull ObjectionGround ground, @NotBlank @Size(max = 4000) String reason) {
}
