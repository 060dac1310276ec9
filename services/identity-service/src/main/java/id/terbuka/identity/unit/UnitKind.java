package id.terbuka.identity.unit;

/** What kind of OPD a unit is, as Permendagri names the parts of a regional government. */
public enum UnitKind {
    DINAS,
    BADAN,
    SEKRETARIAT,
    INSPEKTORAT,
    KECAMATAN,
    /** e.g. Satuan Polisi Pamong Praja */
    SATUAN,
    LAINNYA
}
