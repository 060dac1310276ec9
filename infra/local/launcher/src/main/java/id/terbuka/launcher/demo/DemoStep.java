package id.terbuka.launcher.demo;

import java.io.PrintStream;

/**
 * One idempotent piece of demo data, loaded through the public API only (never by writing to a database), so
 * the demo also proves the API. A step checks what exists first and adds only what is missing: restarting on the
 * same run folder must not fail or duplicate. Later steps (units, users, sample requests) are added to
 * {@link DemoLoader#standardSteps()}.
 */
public interface DemoStep {

    String description();

    void apply(PublicApi api, PrintStream out) throws DemoException;
}
