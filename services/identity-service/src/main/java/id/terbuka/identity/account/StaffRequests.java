package id.terbuka.identity.account;

import id.terbuka.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the staff endpoints. */
public final class StaffRequests {

    private StaffRequests() {
    }

    /**
     * A new staff account. Without a password the person receives an e-mail to set one.
     *
     * @param username {@code <name>@<tenant>} in lower case, e.g. {@code ppid-utama@kutai-timur}
     */
    public record NewStaffUser(@NotBlank @Size(max = 120) String username,
                               @NotBlank @Size(max = 120) String displayName,
                               @NotBlank @Email @Size(max = 254) String email,
                               @Size(max = 128) String password,
                               @NotEmpty List<@NotNull Role> roles,
                               @Size(max = 64) String unitId) {
    }

    /** The user's new roles and unit (the unit only for unit-bound roles). */
    public record RoleChange(@NotEmpty List<@NotNull Role> roles, @Size(max = 64) String unitId) {
    }
}
