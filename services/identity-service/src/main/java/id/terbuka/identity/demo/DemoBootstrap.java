package id.terbuka.identity.demo;

import id.terbuka.identity.account.StaffService;
import id.terbuka.identity.tenant.TenantDetails;
import id.terbuka.identity.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the one account the launcher's demo loader needs to create everything else through the public
 * API: the province admin {@code province-admin@kaltim} (password {@code TERBUKA_DEMO_PASSWORD}), in the province
 * tenant {@code kaltim}, registered here if missing. Created only when absent, so a changed password survives a
 * restart. Outside the {@code demo} profile this class does not exist as a bean, so no demo account is ever made.
 */
@Component
@Profile("demo")
class DemoBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final StaffService staff;
    private final TenantService tenants;
    private final String username;
    private final String tenant;
    private final String password;

    DemoBootstrap(StaffService staff, TenantService tenants,
                  @Value("${terbuka.identity.demo.province-admin}") String username,
                  @Value("${terbuka.identity.demo.province-tenant}") String tenant,
                  @Value("${terbuka.identity.demo.password}") String password) {
        this.staff = staff;
        this.tenants = tenants;
        this.username = username;
        this.tenant = tenant;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tenants.exists(tenant)) {
            tenants.register(new TenantDetails(tenant, "Provinsi Kalimantan Timur", "64", "Kalimantan Timur",
                    "Asia/Makassar"));
        }
        staff.ensureProvinceAdmin(tenant, username, password);
        log.info("Demo: province admin {} ready (password from TERBUKA_DEMO_PASSWORD)", username);
    }
}
