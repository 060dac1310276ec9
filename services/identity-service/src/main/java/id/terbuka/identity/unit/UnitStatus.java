package id.terbuka.identity.unit;

/** A unit takes work while ACTIVE; CLOSED (merged or dissolved) is final and keeps its history. */
public enum UnitStatus {
    ACTIVE,
    CLOSED
}
