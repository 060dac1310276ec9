package id.terbuka.launcher.demo;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Loads the demo province through the public API once the gateway is up. Idempotent: every step adds only what
 * is missing, so starting again on the same run folder is safe.
 */
public final class DemoLoader {

    private final List<DemoStep> steps;
    private final TokenProvider tokens;

    public DemoLoader(List<DemoStep> steps, TokenProvider tokens) {
        this.steps = List.copyOf(steps);
        this.tokens = tokens;
    }

    /**
     * The demo data in the order it must be loaded: tenants, their OPDs, one account per role, the citizen, then
     * each service's sample data (made by the demo accounts, so after them).
     */
    public static List<DemoStep> standardSteps() {
        return List.of(new TenantsStep(DemoTenant.KALTIM), UnitsStep.demoRegencies(), StaffAccountsStep.demoTenants(),
                CitizenStep.demoCitizen(), NewsDemoStep.demoRegencies(),
                ComplaintDemoStep.demoRegencies(), RequestDemoStep.demoRegencies(),
                CatalogueDemoStep.demoRegencies());
    }

    /** Loads as the demo province admin, whom identity-service creates itself in its {@code demo} profile. */
    public static DemoLoader standard() {
        return new DemoLoader(standardSteps(), DemoLogin.provinceAdmin());
    }

    public List<DemoStep> steps() {
        return steps;
    }

    /** Runs every step; stops at the first that fails and says which. */
    public void load(URI gateway, Duration patience, PrintStream out) throws DemoException {
        PublicApi anonymous = new PublicApi(gateway, patience);
        PublicApi api = anonymous.withToken(tokens.obtainToken(anonymous));
        for (DemoStep step : steps) {
            try {
                step.apply(api, out);
            } catch (DemoException e) {
                throw new DemoException("Demo data (" + step.description() + "): " + e.getMessage());
            }
        }
    }
}
