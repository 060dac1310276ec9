package id.terbuka.identity.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * A new unit as a tenant admin registers it: {@code {code, name, kind}}. The code is stored upper-case
 * ({@code diskominfo} becomes {@code DISKOMINFO}); surrounding blanks are dropped.
 */
public record UnitDetails(
        @NotBlank @Size(min = 2, max = 30) @Pattern(regexp = UnitDetails.CODE_FORMAT, message = "{unit.code.format}")
        String code,
        @NotBlank @Size(min = 3, max = 150) String name,
        @NotNull UnitKind kind) {

    /** Upper-case letters and digits, words joined by single dashes: DISKOMINFO, SATPOL-PP. */
    static final String CODE_FORMAT = "[A-Z0-9]+(-[A-Z0-9]+)*";

    public UnitDetails {
        code = normalizeCode(code);
        name = name == null ? null : name.strip();
    }

    static String normalizeCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
