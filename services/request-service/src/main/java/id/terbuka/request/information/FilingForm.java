package id.terbuka.request.information;

import id.terbuka.platform.person.Nik;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/{tenant}/requests} (API.md). {@code channel} and {@code receivedAt} only when PPID
 * staff record a request that arrived offline. The rules that depend on several fields (NIK for individuals, deed
 * for legal entities, phone or e-mail, staff-only fields) are checked by {@link RequestService}.
 */
public record FilingForm(
        @NotNull RequesterType requesterType,
        @NotBlank @Size(max = 200) String name,
        String nik,
        @Size(max = 300) String legalEntityDeed,
        @NotBlank @Size(max = 500) String address,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 \\-]{5,24}", message = "{request.phone.format}") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 120) String occupation,
        @NotBlank @Size(max = 4000) String informationRequested,
        @NotBlank @Size(max = 2000) String purpose,
        @NotNull ObtainMethod obtainMethod,
        @NotNull DeliveryMethod deliveryMethod,
        Channel channel,
        Instant receivedAt) {

    /** Never prints the NIK or contact details, should a form ever reach a log line. */
    @Override
    public String toString() {
        return "FilingForm[requesterType=" + requesterType + ", nik=" + (nik == null ? null
                : nik.length() == 16 ? Nik.mask(nik) : "***") + ", channel=" + channel + ", receivedAt=" + receivedAt + "]";
    }
}
