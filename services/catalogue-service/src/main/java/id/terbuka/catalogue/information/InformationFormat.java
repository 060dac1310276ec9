package id.terbuka.catalogue.information;

/** "Bentuk informasi yang tersedia" column of the DIP. */
public enum InformationFormat {
    SOFTCOPY, HARDCOPY, BOTH
}
