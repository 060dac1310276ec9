package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers the demo tenants that {@code GET /api/v1/tenants} does not list yet. */
public final class TenantsStep implements DemoStep {

    static final String PATH = "/api/v1/tenants";

    private final List<DemoTenant> tenants;

    public TenantsStep(List<DemoTenant> tenants) {
        this.tenants = List.copyOf(tenants);
    }

    @Override
    public String description() {
        return "tenants of the demo province";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        ApiResponse list = api.get(PATH);
        if (list.status() != 200) {
            throw new DemoException("GET " + PATH + " answered " + list.summary());
        }
        Set<String> existing = slugsIn(list.body());
        for (DemoTenant tenant : tenants) {
            if (existing.contains(tenant.slug())) {
                continue;
            }
            ApiResponse created = api.postJson(PATH, Json.write(tenant.toJson()));
            switch (created.status()) {
                case 201 -> out.println("         demo   tenant " + tenant.slug() + " registered");
                case 409 -> out.println("         demo   tenant " + tenant.slug() + " already registered");
                default -> throw new DemoException("POST " + PATH + " for " + tenant.slug() + " answered "
                        + created.summary());
            }
        }
    }

    /**
     * The slugs in a tenant listing: a JSON array of tenants, or an object holding one (a page such as
     * {@code {"content": [...]}} or {@code {"items": [...]}}).
     */
    public static Set<String> slugsIn(String body) throws DemoException {
        Object json;
        try {
            json = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new DemoException("GET " + PATH + " did not answer JSON: " + e.getMessage());
        }
        Set<String> slugs = new LinkedHashSet<>();
        collectSlugs(json, slugs);
        return slugs;
    }

    private static void collectSlugs(Object json, Set<String> slugs) {
        if (json instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> tenant && tenant.get("slug") instanceof String slug) {
                    slugs.add(slug);
                }
            }
        } else if (json instanceof Map<?, ?> object) {
            for (Object value : object.values()) {
                if (value instanceof List<?>) {
                    collectSlugs(value, slugs);
                }
            }
        }
    }
}
