package id.terbuka.catalogue.information;

import java.time.LocalDate;

/**
 * The consequence test (uji konsekuensi, Pasal 19; Perki 1/2021 Pasal 49) of an excluded entry.
 *
 * @param excludedUntil last day of the exclusion; null only for the permanent grounds G and H
 * @param decidedAt     date of the PPID's decision (penetapan)
 */
public record Exclusion(LegalBasis legalBasis, String consequence, String publicInterestTest,
                        LocalDate excludedUntil, String decisionNumber, LocalDate decidedAt) {
}
