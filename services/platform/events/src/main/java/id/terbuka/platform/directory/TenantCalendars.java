package id.terbuka.platform.directory;

import id.terbuka.calendar.CalendarSettings;
import id.terbuka.calendar.InvalidCalendarSettingsException;
import id.terbuka.calendar.LocalHoliday;
import id.terbuka.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar of each tenant: time zone, working week, local holidays and the cuti bersama rule from
 * the tenant's identity events, falling back to the tenant directory's time zone with platform defaults (Monday to
 * Friday, no local holidays, cuti bersama not working days) when settings are absent. Settings are read on every
 * call (one small document), so every replica sees a change at once; the calendars themselves are cached by their
 * settings.
 */
public class TenantCalendars {

    private static final Logger log = LoggerFactory.getLogger(TenantCalendars.class);

    private final MongoTemplate mongo;
    private final LocalTenantDirectory directory;
    private final Map<CalendarSettings, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    public TenantCalendars(MongoTemplate mongo, LocalTenantDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    public WorkingDayCalendar forTenant(String slug) {
        return calendars.computeIfAbsent(settings(slug), WorkingDayCalendar::forTenant);
    }

    CalendarSettings settings(String slug) {
        TenantCalendarSettings stored = mongo.findById(slug, TenantCalendarSettings.class);
        if (stored != null) {
            return toSettings(stored);
        }
        Optional<LocalTenant> tenant = directory.find(slug);
        return tenant.map(t -> zoneOnly(t.timeZone())).orElseGet(CalendarSettings::defaults);
    }

    /** Applies a tenant's settings from an event; an older revision than the stored one changes nothing. */
    void apply(TenantCalendarSettings settings) {
        TenantCalendarSettings existing = mongo.findById(settings.slug(), TenantCalendarSettings.class);
        if (existing == null) {
            try {
                mongo.insert(settings);
                return;
            } catch (DuplicateKeyException concurrentInsert) {
                existing = mongo.findById(settings.slug(), TenantCalendarSettings.class);
            }
        }
        if (existing != null && settings.revision() > existing.revision()) {
            mongo.findAndReplace(Query.query(Criteria.where("_id").is(settings.slug())
                    .and("revision").lt(settings.revision())), settings);
        }
    }

    static CalendarSettings toSettings(TenantCalendarSettings stored) {
        CalendarSettings settings = zoneOnly(stored.timeZone());
        try {
            if (stored.workingDays() != null && !stored.workingDays().isEmpty()) {
                settings = settings.withWorkingWeek(stored.workingDays().stream().map(DayOfWeek::valueOf).toList());
            }
            if (stored.localHolidays() != null) {
                settings = settings.withLocalHolidays(stored.localHolidays().stream()
                        .map(h -> new LocalHoliday(h.date(), h.name())).toList());
            }
            if (stored.cutiBersamaIsWorkingDay() != null) {
                settings = settings.withCutiBersamaAsWorkingDays(stored.cutiBersamaIsWorkingDay());
            }
            return settings;
        } catch (IllegalArgumentException e) {
            // identity validates settings before publishing them; if one still does not fit, count with the defaults
            log.warn("Calendar settings of tenant {} are not usable ({}); using the defaults of its time zone",
                    stored.slug(), e.getMessage());
            return zoneOnly(stored.timeZone());
        }
    }

    private static CalendarSettings zoneOnly(String timeZone) {
        try {
            return timeZone == null ? CalendarSettings.defaults() : CalendarSettings.forZone(timeZone);
        } catch (InvalidCalendarSettingsException e) {
            log.warn("Unknown tenant time zone {}; counting in WIB", timeZone);
            return CalendarSettings.defaults();
        }
    }

}
