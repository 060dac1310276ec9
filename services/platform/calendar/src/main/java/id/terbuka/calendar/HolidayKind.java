package id.terbuka.calendar;

/** What kind of day off a {@link Holiday} is. */
public enum HolidayKind {
    /** Hari libur nasional set by the yearly SKB 3 Menteri. */
    LIBUR_NASIONAL,
    /** Cuti bersama set by the same SKB; whether it stops the clock is a tenant setting. */
    CUTI_BERSAMA,
    /** A day off that only one tenant (pemda) observes, e.g. its hari jadi. */
    LIBUR_DAERAH
}
