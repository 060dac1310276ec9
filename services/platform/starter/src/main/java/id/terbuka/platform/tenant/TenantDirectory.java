package id.terbuka.platform.tenant;

/**
 * Which tenant slugs exist. identity-service answers from its own tenants; every other service from its local
 * copy kept current by identity events (never a synchronous call per request).
 */
public interface TenantDirectory {

    boolean exists(String slug);
}
