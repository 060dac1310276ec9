package id.terbuka.request.information;

/** Who files: a person (with NIK) or an Indonesian legal entity (with its deed). */
public enum RequesterType {
    INDIVIDUAL, LEGAL_ENTITY
}
