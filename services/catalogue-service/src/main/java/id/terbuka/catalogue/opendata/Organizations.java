package id.terbuka.catalogue.opendata;

import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The units (OPD) of a tenant as open-data publishers: CKAN organisations named by their unit code in lower case
 * ({@code bpkad}), found by that name or by the unit id.
 */
@Component
class Organizations {

    private final LocalUnitDirectory units;

    Organizations(LocalUnitDirectory units) {
        this.units = units;
    }

    record Organization(String id, String name, String title) {
    }

    List<Organization> all(String tenant) {
        return units.activeUnits(tenant).stream().map(Organizations::of)
                .sorted(Comparator.comparing(Organization::name)).toList();
    }

    /** By unit id (also a closed unit of the tenant that still holds entries) or by name. */
    Optional<Organization> find(String tenant, String idOrName) {
        Optional<Organization> byId = units.find(idOrName).filter(u -> tenant.equals(u.tenant()))
                .map(Organizations::of);
        if (byId.isPresent()) {
            return byId;
        }
        String name = idOrName.toLowerCase(Locale.ROOT);
        return all(tenant).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The organisation of an entry's unit; a unit not (yet) known locally is named by its id. */
    Organization of(String unitId) {
        return units.find(unitId).map(Organizations::of).orElseGet(() -> new Organization(unitId, unitId, unitId));
    }

    private static Organization of(LocalUnit unit) {
        String name = unit.code() == null ? unit.unitId() : unit.code().toLowerCase(Locale.ROOT);
        return new Organization(unit.unitId(), name, unit.name() == null ? name : unit.name());
    }
}
