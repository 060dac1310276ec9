package id.terbuka.gateway.tenant;

/** What the directory knows about a slug. */
public sealed interface TenantLookup {

	record Known(Tenant tenant) implements TenantLookup {
	}

	/** The directory is loaded and the slug is not in it, even after a refresh. */
	record Unknown(String slug) implements TenantLookup {
	}

	/**
	 * The directory has never been loaded (identity-service down since the gateway started): the
	 * request goes through and the service checks the tenant itself.
	 */
	record Unverified(String slug) implements TenantLookup {
	}

}
