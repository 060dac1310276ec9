package id.terbuka.identity.unit;

/** Whether a unit may be named in new work, e.g. as the unit of a unit-bound role (PPID_PELAKSANA and others). */
public interface UnitLookup {

    /** True only for an ACTIVE unit of {@code tenant}; false for a closed, unknown or other tenant's unit. */
    boolean isActiveUnit(String tenant, String unitId);
}
