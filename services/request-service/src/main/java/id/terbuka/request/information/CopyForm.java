package id.terbuka.request.information;

/** The physical form in which granted information is given. */
public enum CopyForm {
    SOFTCOPY, HARDCOPY, BOTH
}
