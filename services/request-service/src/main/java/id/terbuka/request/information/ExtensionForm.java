package id.terbuka.request.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The written reason the law requires for an extension (UU KIP Pasal 22(8)). */
public record ExtensionForm(@NotBlank @Size(max = 2000) String reason) {
}
