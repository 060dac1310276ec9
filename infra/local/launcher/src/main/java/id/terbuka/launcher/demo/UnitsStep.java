package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the usual ten OPDs (units) in each demo regency through {@code POST /api/v1/{tenant}/units}, skipping
 * codes that {@code GET /api/v1/{tenant}/units?includeClosed=true} already lists. Needs the loader's token of a
 * province admin (or of each regency's tenant admin).
 */
public final class UnitsStep implements DemoStep {

    /** One OPD as sent to {@code POST /api/v1/{tenant}/units}. */
    public record DemoUnit(String code, String name, String kind) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("name", name);
            json.put("kind", kind);
            return json;
        }
    }

    /** The demo regencies and city of {@link DemoTenant#KALTIM} (not the province itself). */
    public static final List<String> DEMO_REGENCIES = List.of("kutai-kartanegara", "kutai-timur", "samarinda");

    /** Ten OPDs most regencies have, under their usual codes and full names. */
    public static final List<DemoUnit> STANDARD_OPDS = List.of(
            new DemoUnit("DISKOMINFO", "Dinas Komunikasi dan Informatika", "DINAS"),
            new DemoUnit("DISDIK", "Dinas Pendidikan", "DINAS"),
            new DemoUnit("DINKES", "Dinas Kesehatan", "DINAS"),
            new DemoUnit("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "BADAN"),
            new DemoUnit("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BADAN"),
            new DemoUnit("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DINAS"),
            new DemoUnit("PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DINAS"),
            new DemoUnit("DINSOS", "Dinas Sosial", "DINAS"),
            new DemoUnit("DLH", "Dinas Lingkungan Hidup", "DINAS"),
            new DemoUnit("SATPOLPP", "Satuan Polisi Pamong Praja", "SATUAN"));

    private final List<String> tenants;
    private final List<DemoUnit> units;

    public UnitsStep(List<String> tenants, List<DemoUnit> units) {
        this.tenants = List.copyOf(tenants);
        this.units = List.copyOf(units);
    }

    /** The ten standard OPDs in each demo regency. */
    public static UnitsStep demoRegencies() {
        return new UnitsStep(DEMO_REGENCIES, STANDARD_OPDS);
    }

    static String path(String tenant) {
        return "/api/v1/" + tenant + "/units";
    }

    @Override
    public String description() {
        return "OPDs of the demo regencies";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        for (String tenant : tenants) {
            String path = path(tenant);
            // Closed units too: their codes stay taken, so posting them again could only answer 409.
            ApiResponse list = api.get(path + "?includeClosed=true");
            if (list.status() != 200) {
                throw new DemoException("GET " + path + " answered " + list.summary());
            }
            Set<String> existing = codesIn(list.body(), path);
            int added = 0;
            for (DemoUnit unit : units) {
                if (existing.contains(unit.code())) {
                    continue;
                }
                ApiResponse created = api.postJson(path, Json.write(unit.toJson()));
                switch (created.status()) {
                    case 201 -> added++;
                    case 409 -> { } // created meanwhile (another loader run): what we wanted
                    default -> throw new DemoException("POST " + path + " for " + unit.code() + " answered "
                            + created.summary());
                }
            }
            if (added > 0) {
                out.println("         demo   " + added + " OPD(s) created in " + tenant);
            }
        }
    }

    /** The unit codes in a listing: a JSON array of units, or an object holding one (a page). */
    static Set<String> codesIn(String body, String path) throws DemoException {
        Object json;
        try {
            json = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new DemoException("GET " + path + " did not answer JSON: " + e.getMessage());
        }
        Set<String> codes = new LinkedHashSet<>();
        collectCodes(json, codes);
        return codes;
    }

    private static void collectCodes(Object json, Set<String> codes) {
        if (json instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> unit && unit.get("code") instanceof String code) {
                    codes.add(code);
                }
            }
        } else if (json instanceof Map<?, ?> object) {
            for (Object value : object.values()) {
                if (value instanceof List<?>) {
                    collectCodes(value, codes);
                }
            }
        }
    }
}
