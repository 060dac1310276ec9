package id.terbuka.identity.unit;

import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** Registers, renames and closes the OPDs of a tenant. Callers have already passed the role and tenant check. */
@Service
public class UnitService implements UnitLookup {

    private static final Sort BY_CODE = Sort.by("code");

    private final UnitRepository units;
    private final MessageSource messages;
    private final Clock clock;

    UnitService(UnitRepository units, MessageSource messages, Clock clock) {
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The tenant's active units by code, or all of them with {@code includeClosed}. */
    public List<Unit> list(String tenant, boolean includeClosed) {
        return includeClosed ? units.findByTenant(tenant, BY_CODE)
                : units.findByTenantAndStatus(tenant, UnitStatus.ACTIVE, BY_CODE);
    }

    /** A unit of this tenant, active or closed; 404 for an unknown id or a unit of another tenant. */
    public Unit get(String tenant, String id) {
        return units.findById(id).filter(unit -> unit.tenant().equals(tenant))
                .orElseThrow(() -> ApiException.notFound("OPD", id));
    }

    public Unit create(String tenant, UnitDetails details) {
        if (units.existsByTenantAndCode(tenant, details.code())) {
            throw codeTaken(details.code(), tenant);
        }
        try {
            return units.save(Unit.create(tenant, details.code(), details.name(), details.kind(), clock.instant()));
        } catch (DuplicateKeyException createdConcurrently) {
            throw codeTaken(details.code(), tenant);
        }
    }

    public Unit rename(String tenant, String id, UnitRename rename) {
        if (rename.code() == null && rename.name() == null) {
            String text = text("unit.rename.empty");
            throw ApiException.invalid(List.of(new FieldProblem("code", text), new FieldProblem("name", text)));
        }
        Unit unit = get(tenant, id);
        if (unit.isActive() && unit.wouldChangeCode(rename.code())
                && units.existsByTenantAndCode(tenant, rename.code())) {
            throw codeTaken(rename.code(), tenant);
        }
        if (!unit.rename(rename.code(), rename.name(), clock.instant())) {
            return unit;
        }
        try {
            return units.save(unit);
        } catch (DuplicateKeyException takenConcurrently) {
            throw codeTaken(rename.code(), tenant);
        }
    }

    /** Closes the unit; closing a closed unit again changes nothing and publishes nothing. */
    public Unit close(String tenant, String id) {
        Unit unit = get(tenant, id);
        return unit.close(clock.instant()) ? units.save(unit) : unit;
    }

    @Override
    public boolean isActiveUnit(String tenant, String unitId) {
        if (tenant == null || unitId == null) {
            return false;
        }
        return units.findById(unitId).filter(unit -> unit.tenant().equals(tenant) && unit.isActive()).isPresent();
    }

    private static ApiException codeTaken(String code, String tenant) {
        return ApiException.conflict("unit-code-exists", code, tenant);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
