package id.terbuka.catalogue.information;

/** The categories of public information in UU 14/2008 Pasal 9, 10, 11 and 17. */
public enum Category {
    /** Announced routinely without request, at least every 6 months (Pasal 9). */
    BERKALA,
    /** Threatens many lives or public order: announced immediately (Pasal 10). */
    SERTA_MERTA,
    /** Kept available and handed over on request (Pasal 11). */
    SETIAP_SAAT,
    /** Excluded after a consequence test (Pasal 17); existence public, documents closed. */
    DIKECUALIKAN
}
