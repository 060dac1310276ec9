package id.terbuka.identity.tenant;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.events.contracts.identity.TenantUpdated;
import id.terbuka.platform.events.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import id.terbuka.events.contracts.identity.LocalHolidayDay;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A regency, city or province hosted by this installation. The slug names it in every public path and never
 * changes; the rest can be corrected by a province admin, each change published as the tenant's full new state.
 */
@Document("tenants")
public class Tenant extends AggregateRoot {

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String slug;
    private String name;
    private String regionCode;
    private String province;
    private String timeZone;
    private List<String> workingDays;
    private List<LocalHolidayDay> localHolidays;
    private Boolean cutiBersamaIsWorkingDay;
    private long revision;
    private final Instant registeredAt;
    private Instant updatedAt;

    @PersistenceCreator
    Tenant(String id, String slug, String name, String regionCode, String province, String timeZone,
           List<String> workingDays, List<LocalHolidayDay> localHolidays, Boolean cutiBersamaIsWorkingDay,
           long revision, Instant registeredAt, Instant updatedAt) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.regionCode = regionCode;
        this.province = province;
        this.timeZone = timeZone;
        this.workingDays = workingDays;
        this.localHolidays = localHolidays;
        this.cutiBersamaIsWorkingDay = cutiBersamaIsWorkingDay;
        this.revision = revision;
        this.registeredAt = registeredAt;
        this.updatedAt = updatedAt;
    }

    /** The calendar has been checked by {@link TenantCalendar}; events carry it in full. */
    static Tenant register(TenantDetails details, TenantCalendar calendar, Instant now) {
        Tenant tenant = new Tenant(UUID.randomUUID().toString(), details.slug(), details.name(), details.regionCode(),
                details.province(), details.timeZone(), calendar.workingDays(), calendar.localHolidays(),
                calendar.cutiBersamaIsWorkingDay(), 0, now, now);
        tenant.recordEvent(TenantRegistered.TYPE, tenant.slug, new TenantRegistered(tenant.id, tenant.slug,
                tenant.name, tenant.regionCode, tenant.province, tenant.timeZone, calendar.workingDays(),
                calendar.localHolidays(), calendar.cutiBersamaIsWorkingDay()), now);
        return tenant;
    }

    /** Applies corrected details; returns false (and records nothing) when nothing changed. */
    boolean update(TenantDetails details, TenantCalendar newCalendar, Instant now) {
        if (details.name().equals(name) && details.regionCode().equals(regionCode)
                && details.province().equals(province) && details.timeZone().equals(timeZone)
                && newCalendar.equals(calendar())) {
            return false;
        }
        name = details.name();
        regionCode = details.regionCode();
        province = details.province();
        timeZone = details.timeZone();
        workingDays = newCalendar.workingDays();
        localHolidays = newCalendar.localHolidays();
        cutiBersamaIsWorkingDay = newCalendar.cutiBersamaIsWorkingDay();
        revision++;
        updatedAt = now;
        recordEvent(TenantUpdated.TYPE, slug, new TenantUpdated(id, slug, name, regionCode, province, timeZone,
                workingDays, localHolidays, cutiBersamaIsWorkingDay, revision), now);
        return true;
    }

    /** Tenants registered before the calendar settings existed have the defaults. */
    TenantCalendar calendar() {
        TenantCalendar defaults = TenantCalendar.defaults();
        return new TenantCalendar(Objects.requireNonNullElse(workingDays, defaults.workingDays()),
                Objects.requireNonNullElse(localHolidays, defaults.localHolidays()),
                Objects.requireNonNullElse(cutiBersamaIsWorkingDay, defaults.cutiBersamaIsWorkingDay()));
    }

    public List<String> workingDays() {
        return calendar().workingDays();
    }

    public List<LocalHolidayDay> localHolidays() {
        return calendar().localHolidays();
    }

    public boolean cutiBersamaIsWorkingDay() {
        return calendar().cutiBersamaIsWorkingDay();
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public String province() {
        return province;
    }

    public String timeZone() {
        return timeZone;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
