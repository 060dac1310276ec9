package id.terbuka.platform.security;

/**
 * The roles of the token claim {@code roles} (API.md). Unit-bound roles act for one OPD, named by the token's
 * {@code unit} claim.
 */
public enum Role {
    PROVINCE_ADMIN(false),
    TENANT_ADMIN(false),
    PPID_UTAMA(false),
    PPID_PELAKSANA(true),
    ATASAN_PPID(false),
    EDITOR(false),
    NEWS_OPERATOR(true),
    COMPLAINT_COORDINATOR(false),
    COMPLAINT_LIAISON(true),
    CITIZEN(false);

    private final boolean unitBound;

    Role(boolean unitBound) {
        this.unitBound = unitBound;
    }

    public boolean unitBound() {
        return unitBound;
    }

    /** Null for a value that is not a role, so an unknown role in a token is ignored rather than fatal. */
    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
