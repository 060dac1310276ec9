package id.terbuka.catalogue.information;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of {@code POST} and {@code PUT /api/v1/{tenant}/information[/{id}]}: the Perki 1/2021 DIP columns plus
 * category. For {@code PATCH} the same shape with only the fields to change (null = unchanged), merged onto the
 * entry with {@link #patch(EntryForm)} and then checked as a whole. Rules across fields (update frequency only and
 * always for BERKALA, exclusion only and always for DIKECUALIKAN) are checked by {@link EntryService}.
 */
public record EntryForm(
        @NotBlank @Size(max = 100) String unitId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull Category category,
        @NotBlank @Size(max = 300) String responsibleOfficial,
        @NotBlank @Size(max = 300) String responsiblePerson,
        @NotNull LocalDate producedAt,
        @NotBlank @Size(max = 300) String producedPlace,
        @NotNull InformationFormat format,
        @NotBlank @Size(max = 300) String retention,
        UpdateFrequency updateFrequency,
        @Valid ExclusionForm exclusion) {

    /**
     * This form with the non-null fields of {@code changes}. Leaving BERKALA drops the update frequency and leaving
     * DIKECUALIKAN drops the exclusion, unless the patch sets them (which the checks then refuse).
     */
    public EntryForm patch(EntryForm changes) {
        Category newCategory = or(changes.category, category);
        UpdateFrequency frequency = changes.updateFrequency != null ? changes.updateFrequency
                : newCategory == Category.BERKALA ? updateFrequency : null;
        ExclusionForm newExclusion = changes.exclusion != null ? changes.exclusion
                : newCategory == Category.DIKECUALIKAN ? exclusion : null;
        return new EntryForm(or(changes.unitId, unitId), or(changes.title, title), or(changes.summary, summary),
                newCategory, or(changes.responsibleOfficial, responsibleOfficial),
                or(changes.responsiblePerson, responsiblePerson), or(changes.producedAt, producedAt),
                or(changes.producedPlace, producedPlace), or(changes.format, format),
                or(changes.retention, retention), frequency, newExclusion);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
