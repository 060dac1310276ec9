package id.terbuka.calendar;

/** What the start date of a count is; only changes the wording of the explanation. */
public enum CountBasis {
    /** The day the request/complaint was received (not counted). */
    RECEIPT,
    /** A previous due date being extended, e.g. the 7-working-day extension of UU KIP Ps 22(8). */
    EXTENSION
}
