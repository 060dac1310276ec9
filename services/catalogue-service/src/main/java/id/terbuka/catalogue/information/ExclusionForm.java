package id.terbuka.catalogue.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The consequence test sent with a DIKECUALIKAN entry. {@code excludedUntil} is required except for the permanent
 * grounds G and H (checked by {@link EntryService}).
 */
public record ExclusionForm(
        @NotNull LegalBasis legalBasis,
        @NotBlank @Size(max = 4000) String consequence,
        @NotBlank @Size(max = 4000) String publicInterestTest,
        LocalDate excludedUntil,
        @NotBlank @Size(max = 200) String decisionNumber,
        @NotNull LocalDate decidedAt) {

    Exclusion toExclusion() {
        return new Exclusion(legalBasis, consequence.strip(), publicInterestTest.strip(), excludedUntil,
                decisionNumber.strip(), decidedAt);
    }

    static ExclusionForm of(Exclusion exclusion) {
        return exclusion == null ? null : new ExclusionForm(exclusion.legalBasis(), exclusion.consequence(),
                exclusion.publicInterestTest(), exclusion.excludedUntil(), exclusion.decisionNumber(),
                exclusion.decidedAt());
    }
}
