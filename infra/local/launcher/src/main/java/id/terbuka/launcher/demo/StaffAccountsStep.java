package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One staff account per role in each demo tenant, through {@code POST /api/v1/{tenant}/users}, all with the demo
 * password: {@code tenant-admin@kutai-timur}, {@code ppid-utama@kutai-timur}, ... and, for every OPD that
 * {@code GET /api/v1/{tenant}/units} lists, the unit-bound roles as {@code ppid-pelaksana.diskominfo@kutai-timur},
 * {@code news-operator.diskominfo@kutai-timur} and {@code complaint-liaison.diskominfo@kutai-timur}. An account that
 * exists already (409) is left as it is. Runs after the units step.
 */
public final class StaffAccountsStep implements DemoStep {

    /** Roles of the whole tenant (the province admin is made by identity-service itself). */
    public static final List<String> TENANT_ROLES = List.of("TENANT_ADMIN", "PPID_UTAMA", "ATASAN_PPID", "EDITOR",
            "COMPLAINT_COORDINATOR");
    /** Roles that act for one OPD. */
    public static final List<String> UNIT_ROLES = List.of("PPID_PELAKSANA", "NEWS_OPERATOR", "COMPLAINT_LIAISON");

    /** A demo account to create. */
    public record Account(String tenant, String username, String role, String unitId) {

        Map<String, Object> toJson(String password) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("username", username);
            json.put("displayName", displayName(role, username));
            json.put("email", username.replace('@', '.') + "@demo.terbuka.id");
            json.put("password", password);
            json.put("roles", List.of(role));
            if (unitId != null) {
                json.put("unitId", unitId);
            }
            return json;
        }
    }

    private final List<String> tenants;
    private final String password;

    public StaffAccountsStep(List<String> tenants, String password) {
        this.tenants = List.copyOf(tenants);
        this.password = password;
    }

    public static StaffAccountsStep demoTenants() {
        return new StaffAccountsStep(DemoTenant.KALTIM.stream().map(DemoTenant::slug).toList(),
                DemoLogin.demoPassword());
    }

    @Override
    public String description() {
        return "staff accounts of the demo tenants";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        for (String tenant : tenants) {
            ApiResponse units = api.get("/api/v1/" + tenant + "/units");
            if (units.status() != 200) {
                throw new DemoException("GET /api/v1/" + tenant + "/units answered " + units.summary());
            }
            int created = 0;
            for (Account account : accounts(tenant, units.body())) {
                String path = "/api/v1/" + tenant + "/users";
                ApiResponse response = api.postJson(path, Json.write(account.toJson(password)));
                if (response.status() == 201) {
                    created++;
                } else if (response.status() != 409) {
                    throw new DemoException("POST " + path + " for " + account.username() + " answered "
                            + response.summary());
                }
            }
            if (created > 0) {
                out.println("         demo   " + created + " staff accounts in " + tenant
                        + " (e.g. ppid-utama@" + tenant + ")");
            }
        }
    }

    /** The accounts of one tenant, given its unit listing ({@code [{id, code, name}]}). */
    static List<Account> accounts(String tenant, String unitsJson) throws DemoException {
        List<Account> accounts = new ArrayList<>();
        for (String role : TENANT_ROLES) {
            accounts.add(new Account(tenant, slug(role) + "@" + tenant, role, null));
        }
        Object parsed;
        try {
            parsed = Json.parse(unitsJson);
        } catch (IllegalArgumentException e) {
            throw new DemoException("the unit list is not JSON: " + e.getMessage());
        }
        Object list = parsed instanceof Map<?, ?> page ? page.get("items") : parsed;
        for (Object item : Json.asList(list)) {
            if (item instanceof Map<?, ?> unit && unit.get("id") instanceof String id
                    && unit.get("code") instanceof String code) {
                for (String role : UNIT_ROLES) {
                    accounts.add(new Account(tenant, slug(role) + "." + code.toLowerCase(Locale.ROOT) + "@" + tenant,
                            role, id));
                }
            }
        }
        return accounts;
    }

    private static String slug(String role) {
        return role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String displayName(String role, String username) {
        return role.replace('_', ' ') + " " + username.substring(username.indexOf('@') + 1);
    }
}
