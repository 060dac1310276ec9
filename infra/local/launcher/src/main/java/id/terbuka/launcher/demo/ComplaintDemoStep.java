package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static id.terbuka.launcher.demo.DemoCalls.allItems;
import static id.terbuka.launcher.demo.DemoCalls.expect;
import static id.terbuka.launcher.demo.DemoCalls.signedIn;
import static id.terbuka.launcher.demo.DemoCalls.unitIds;

/**
 * Complaints (pengaduan) in every state in each demo regency, through complaint-service's public API: filed on the
 * web without an account, then {@code complaint-coordinator@<tenant>} verifies, rejects and dispatches, the unit's
 * {@code complaint-liaison.<code>@<tenant>} follows up, and the reporter (with the reporter code from the receipt)
 * accepts with a rating or reopens. Per regency: one each of RECEIVED, VERIFIED, DISPATCHED, IN_PROGRESS,
 * RESPONDED, CLOSED, REJECTED and REOPENED.
 *
 * <p>The categories and their responsible units (jalan rusak and drainase → PUPR, sampah → DLH, pelayanan kesehatan
 * → DINKES, pendidikan → DISDIK, ...) are complaint-service configuration ({@code terbuka.complaint.categories});
 * every demo regency uses the default list, so the coordinator sees the suggested unit by its code. The dispatches
 * here follow it.
 *
 * <p>Idempotent: a complaint whose title the coordinator's work list already shows is left alone. Eight complaints
 * per regency stay below the intake limit per client address (30 an hour).
 */
public final class ComplaintDemoStep implements DemoStep {

    /** Where a demo complaint ends. */
    public enum Fate { RECEIVED, VERIFIED, DISPATCHED, IN_PROGRESS, RESPONDED, CLOSED, REJECTED, REOPENED }

    /** One demo complaint; {@code unitCode} is where it is dispatched (null: not dispatched). */
    public record DemoComplaint(String title, String description, String category, String unitCode, Fate fate,
                                double latOffset, double lonOffset) {
    }

    public static final List<DemoComplaint> COMPLAINTS = List.of(
            new DemoComplaint("Pohon tumbang menutup jalan desa",
                    "Sejak hujan deras semalam pohon besar tumbang dan menutup separuh badan jalan.",
                    "jalan-rusak", null, Fate.RECEIVED, 0.004, 0.002),
            new DemoComplaint("Lampu penerangan jalan padam",
                    "Lampu jalan di sepanjang jalan utama padam sejak seminggu, rawan kecelakaan pada malam hari.",
                    "lainnya", null, Fate.VERIFIED, -0.003, 0.001),
            new DemoComplaint("Saluran air tersumbat di RT 05",
                    "Drainase tersumbat sampah sehingga air meluap ke rumah warga setiap hujan.",
                    "drainase", "PUPR", Fate.DISPATCHED, 0.002, -0.003),
            new DemoComplaint("Antrean panjang di puskesmas",
                    "Pasien menunggu lebih dari tiga jam untuk pemeriksaan umum.",
                    "pelayanan-kesehatan", "DINKES", Fate.IN_PROGRESS, -0.001, -0.002),
            new DemoComplaint("Jalan berlubang di depan sekolah",
                    "Lubang besar di depan sekolah dasar membahayakan anak-anak dan pengendara motor.",
                    "jalan-rusak", "PUPR", Fate.RESPONDED, 0.001, 0.001),
            new DemoComplaint("Sampah menumpuk di pasar pagi",
                    "Sampah di sisi timur pasar tidak diangkut selama empat hari dan menimbulkan bau.",
                    "sampah", "DLH", Fate.CLOSED, -0.002, 0.003),
            new DemoComplaint("Promosi jual beli tanah kavling",
                    "Dijual tanah kavling murah, hubungi kami untuk survei lokasi.",
                    "lainnya", null, Fate.REJECTED, 0.0, 0.0),
            new DemoComplaint("Pungutan saat pendaftaran sekolah",
                    "Orang tua diminta membayar uang seragam dan gedung saat mendaftar di sekolah negeri.",
                    "pendidikan", "DISDIK", Fate.REOPENED, 0.003, -0.001));

    /** Roughly the seat of each demo regency, so the complaints show on a map where they belong. */
    static final Map<String, double[]> SEATS = Map.of(
            "kutai-kartanegara", new double[]{-0.4167, 116.9833},
            "kutai-timur", new double[]{0.5045, 117.5486},
            "samarinda", new double[]{-0.5022, 117.1536});

    private final List<String> tenants;
    private final List<DemoComplaint> complaints;

    public ComplaintDemoStep(List<String> tenants, List<DemoComplaint> complaints) {
        this.tenants = List.copyOf(tenants);
        this.complaints = List.copyOf(complaints);
    }

    /** The demo complaints in each demo regency. */
    public static ComplaintDemoStep demoRegencies() {
        return new ComplaintDemoStep(UnitsStep.DEMO_REGENCIES, COMPLAINTS);
    }

    @Override
    public String description() {
        return "complaints of the demo regencies in every state";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        Map<String, PublicApi> signedIn = new HashMap<>();
        for (String tenant : tenants) {
            String base = "/api/v1/" + tenant + "/complaints";
            PublicApi coordinator = signedIn(api, signedIn, "complaint-coordinator@" + tenant);
            Set<String> existing = titlesInTheWorkList(coordinator, base);
            Map<String, String> unitIds = null;
            int added = 0;
            for (DemoComplaint complaint : complaints) {
                if (existing.contains(complaint.title())) {
                    continue;
                }
                if (unitIds == null) {
                    unitIds = unitIds(api, tenant);
                }
                file(api, signedIn, coordinator, tenant, base, complaint, unitIds);
                added++;
            }
            if (added > 0) {
                out.println("         demo   " + added + " complaint(s) in " + tenant);
            }
        }
    }

    private void file(PublicApi api, Map<String, PublicApi> signedIn, PublicApi coordinator, String tenant,
                      String base, DemoComplaint complaint, Map<String, String> unitIds) throws DemoException {
        double[] seat = SEATS.getOrDefault(tenant, new double[]{-0.5, 117.0});
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("lat", round(seat[0] + complaint.latOffset()));
        location.put("lon", round(seat[1] + complaint.lonOffset()));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", complaint.title());
        form.put("description", complaint.description());
        form.put("category", complaint.category());
        form.put("location", location);
        form.put("anonymous", true);
        form.put("confidential", false);
        Object receipt = expect(api.withToken(java.util.Optional.empty()).postJson(base, Json.write(form)), 201,
                "POST " + base);
        String path = base + "/" + Json.at(receipt, "trackingId");
        String code = (String) Json.at(receipt, "reporterCode");
        Fate fate = complaint.fate();
        if (fate == Fate.RECEIVED) {
            return;
        }
        if (fate == Fate.REJECTED) {
            expect(coordinator.postJson(path + "/verification", Json.write(Map.of("outcome", "REJECTED",
                    "reason", "NOT_A_COMPLAINT", "note", "Iklan, bukan pengaduan pelayanan publik."))), 200,
                    "POST " + path + "/verification");
            return;
        }
        expect(coordinator.postJson(path + "/verification", "{\"outcome\":\"VERIFIED\"}"), 200,
                "POST " + path + "/verification");
        if (fate == Fate.VERIFIED) {
            return;
        }
        String unitId = unitIds.get(complaint.unitCode());
        if (unitId == null) {
            throw new DemoException("unit " + complaint.unitCode() + " does not exist in " + tenant);
        }
        expect(coordinator.postJson(path + "/dispatch", Json.write(Map.of("unitId", unitId,
                "note", "Mohon ditindaklanjuti sesuai kewenangan."))), 200, "POST " + path + "/dispatch");
        if (fate == Fate.DISPATCHED) {
            return;
        }
        PublicApi liaison = signedIn(api, signedIn, "complaint-liaison."
                + complaint.unitCode().toLowerCase(Locale.ROOT) + "@" + tenant);
        if (fate == Fate.IN_PROGRESS) {
            followUp(liaison, path, "IN_PROGRESS", "Petugas sudah meninjau lokasi dan menjadwalkan penanganan.");
            return;
        }
        followUp(liaison, path, "RESPONDED", "Sudah ditangani oleh tim lapangan; mohon konfirmasi bila masih ada "
                + "kendala.");
        PublicApi reporter = api.withToken(java.util.Optional.empty());
        if (fate == Fate.CLOSED) {
            expect(reporter.postJson(path + "/acceptance", Json.write(Map.of("reporterCode", code, "rating", 4,
                    "comment", "Terima kasih, sudah bersih."))), 200, "POST " + path + "/acceptance");
        } else if (fate == Fate.REOPENED) {
            expect(reporter.postJson(path + "/reopening", Json.write(Map.of("reporterCode", code,
                    "reason", "Pungutan masih diminta pada pendaftaran gelombang kedua."))), 200,
                    "POST " + path + "/reopening");
        }
    }

    private static void followUp(PublicApi liaison, String path, String status, String message)
            throws DemoException {
        expect(liaison.postJson(path + "/follow-ups", Json.write(Map.of("status", status, "message", message))),
                201, "POST " + path + "/follow-ups");
    }

    private static Set<String> titlesInTheWorkList(PublicApi coordinator, String base) throws DemoException {
        Set<String> titles = new HashSet<>();
        for (Object item : allItems(coordinator, base)) {
            if (Json.at(item, "title") instanceof String title) {
                titles.add(title);
            }
        }
        return titles;
    }




    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
