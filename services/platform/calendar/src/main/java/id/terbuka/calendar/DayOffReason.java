package id.terbuka.calendar;

/** Why a day was not counted as a working day. Stable codes for JSON. */
public enum DayOffReason {
    /** Not in the tenant's working week (Saturday/Sunday, or only Sunday for a Mon–Sat office). */
    WEEKEND,
    /** Hari libur nasional. */
    LIBUR_NASIONAL,
    /** Cuti bersama (only when the tenant does not count them as working days). */
    CUTI_BERSAMA,
    /** Tenant-local holiday (libur daerah). */
    LIBUR_DAERAH;

    static DayOffReason of(HolidayKind kind) {
        return switch (kind) {
            case LIBUR_NASIONAL -> LIBUR_NASIONAL;
            case CUTI_BERSAMA -> CUTI_BERSAMA;
            case LIBUR_DAERAH -> LIBUR_DAERAH;
        };
    }
}
