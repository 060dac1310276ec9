package id.terbuka.request.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Forward to another tenant on this platform that holds the information ({@code tenant} is its slug). */
public record ForwardingForm(@NotBlank @Size(max = 100) String tenant, @Size(max = 2000) String reason) {
}
