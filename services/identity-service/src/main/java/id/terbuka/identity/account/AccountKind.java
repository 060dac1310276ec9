package id.terbuka.identity.account;

/** Staff of a tenant (created by its admin) or a citizen (signs up on the portal). */
public enum AccountKind {
    STAFF, CITIZEN
}
