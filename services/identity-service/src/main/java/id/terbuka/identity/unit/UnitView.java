package id.terbuka.identity.unit;

/** The public shape of a unit: API.md's {@code {id, code, name}} plus its kind and status. */
public record UnitView(String id, String code, String name, UnitKind kind, UnitStatus status) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.code(), unit.name(), unit.kind(), unit.status());
    }
}
