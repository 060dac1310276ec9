package id.terbuka.platform.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of a tenant, built from identity events. Keyed by slug (slugs never change); {@code revision}
 * lets a late, older event be ignored.
 */
@Document("directory_tenants")
public record LocalTenant(@Id String slug, String tenantId, String name, String regionCode, String province,
                          String timeZone, long revision) {
}
