package id.terbuka.identity.tenant;

import id.terbuka.calendar.IndonesianTimeZone;
import id.terbuka.calendar.InvalidCalendarSettingsException;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.tenant.TenantDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

@Service
public class TenantService implements TenantDirectory {

    /** Path segments that sit where a tenant slug would and so can never be one. */
    private static final Set<String> RESERVED_SLUGS = Set.of("tenants", "auth", "oauth2", "admin", "api");

    private final TenantRepository tenants;
    private final MessageSource messages;
    private final Clock clock;

    TenantService(TenantRepository tenants, MessageSource messages, Clock clock) {
        this.tenants = tenants;
        this.messages = messages;
        this.clock = clock;
    }

    public List<Tenant> all() {
        return tenants.findAll(Sort.by("slug"));
    }

    public Tenant register(TenantDetails details) {
        checkTimeZone(details);
        TenantCalendar calendar = calendar(details, TenantCalendar.defaults());
        if (RESERVED_SLUGS.contains(details.slug())) {
            throw ApiException.invalid(List.of(new FieldProblem("slug", text("tenant.slug.reserved"))));
        }
        if (tenants.existsBySlug(details.slug())) {
            throw ApiException.conflict("tenant-exists", details.slug());
        }
        try {
            return tenants.save(Tenant.register(details, calendar, clock.instant()));
        } catch (DuplicateKeyException registeredConcurrently) {
            throw ApiException.conflict("tenant-exists", details.slug());
        }
    }

    public Tenant update(String slug, TenantDetails details) {
        if (!slug.equals(details.slug())) {
            throw ApiException.invalid(List.of(new FieldProblem("slug", text("tenant.slug.immutable"))));
        }
        checkTimeZone(details);
        Tenant tenant = tenants.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Tenant", slug));
        TenantCalendar calendar = calendar(details, tenant.calendar());
        return tenant.update(details, calendar, clock.instant()) ? tenants.save(tenant) : tenant;
    }

    @Override
    public boolean exists(String slug) {
        return tenants.existsBySlug(slug);
    }

    private void checkTimeZone(TenantDetails details) {
        // Only the canonical zone ids of WIB, WITA and WIT are stored, so every service reads them the same way.
        boolean canonical = Arrays.stream(IndonesianTimeZone.values())
                .anyMatch(zone -> zone.id().equals(details.timeZone()));
        if (!canonical) {
            throw ApiException.invalid(List.of(new FieldProblem("timeZone", text("tenant.timeZone.unknown"))));
        }
    }

    private static TenantCalendar calendar(TenantDetails details, TenantCalendar current) {
        try {
            return TenantCalendar.from(details, current);
        } catch (InvalidCalendarSettingsException e) {
            String field = "localHolidays".equals(e.field()) ? "localHolidays"
                    : "timeZone".equals(e.field()) ? "timeZone" : "workingDays";
            throw ApiException.invalid(List.of(new FieldProblem(field,
                    e.message(LocaleContextHolder.getLocale()))));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
