package id.terbuka.identity.unit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new code and/or name for a unit ({@code PUT /api/v1/{tenant}/units/{id}}); a field left out (or null) keeps
 * its current value, but at least one must be given. The kind of a unit does not change.
 */
public record UnitRename(
        @Size(min = 2, max = 30) @Pattern(regexp = UnitDetails.CODE_FORMAT, message = "{unit.code.format}")
        String code,
        @Size(min = 3, max = 150) String name) {

    public UnitRename {
        code = UnitDetails.normalizeCode(code);
        name = name == null ? null : name.strip();
    }
}
