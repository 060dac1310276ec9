package id.terbuka.catalogue.information;

public enum EntryStatus {
    ACTIVE, WITHDRAWN
}
