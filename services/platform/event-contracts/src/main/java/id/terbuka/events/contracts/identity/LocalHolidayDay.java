package id.terbuka.events.contracts.identity;

import java.time.LocalDate;

/** A holiday of one tenant only (e.g. the regency's anniversary), on top of the national calendar. */
public record LocalHolidayDay(LocalDate date, String name) {
}
