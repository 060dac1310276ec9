package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** A regency, city or province was registered as a tenant of the platform. */
public record TenantRegistered(
        String tenantId,
        String slug,
        String name,
        String regionCode,
        String province,
        String timeZone) {

    public static final EventType<TenantRegistered> TYPE =
            new EventType<>("id.terbuka.identity.tenant-registered.v1", Topics.IDENTITY, TenantRegistered.class);
}
