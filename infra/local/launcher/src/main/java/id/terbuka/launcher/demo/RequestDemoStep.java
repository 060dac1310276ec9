package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static id.terbuka.launcher.demo.DemoCalls.allItems;
import static id.terbuka.launcher.demo.DemoCalls.expect;
import static id.terbuka.launcher.demo.DemoCalls.unitIds;

/**
 * Permohonan informasi in each demo regency, through request-service's public API as the demo accounts: filed
 * online by the public and by {@code warga@kutai-timur}, recorded by {@code ppid-utama@<tenant>} with a past
 * {@code receivedAt} (so some are overdue), assigned, extended, decided with every outcome, a keberatan answered by
 * {@code atasan-ppid@<tenant>} and followed by a sengketa at the Komisi Informasi, a pending keberatan, a withdrawal,
 * and in Kutai Timur a request forwarded to Kutai Kartanegara.
 *
 * <p>Idempotent: a scenario whose {@code informationRequested} text the PPID's work list already shows is skipped.
 */
public final class RequestDemoStep implements DemoStep {

    /** What happens to a demo request after filing. */
    public enum Fate {
        REGISTERED, ASSIGNED, OVERDUE, EXTENDED, GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD, NOT_YET_DOCUMENTED,
        DISPUTED, OBJECTION_PENDING, OVERDUE_OBJECTED, WITHDRAWN, FORWARDED
    }

    /**
     * One demo request.
     *
     * @param daysAgo  recorded by the PPID as received this many calendar days ago (0: filed online now)
     * @param unitCode the OPD it is assigned to, or null
     * @param citizen  filed by the signed-in demo citizen (only where that account belongs)
     */
    public record DemoRequest(String informationRequested, String purpose, Fate fate, int daysAgo, String unitCode,
                              boolean citizen) {
    }

    public static final List<DemoRequest> REQUESTS = List.of(
            new DemoRequest("Daftar penerima beasiswa daerah tahun 2026", "Penelitian skripsi", Fate.REGISTERED, 0,
                    null, false),
            new DemoRequest("Data cakupan imunisasi dasar per kecamatan 2025", "Pemberitaan", Fate.ASSIGNED, 0,
                    "DINKES", true),
            new DemoRequest("Dokumen kontrak pemeliharaan jalan poros 2025", "Pengawasan anggaran", Fate.OVERDUE, 24,
                    "PUPR", false),
            new DemoRequest("Rekapitulasi izin usaha mikro yang terbit 2025", "Kajian UMKM", Fate.EXTENDED, 3,
                    "DPMPTSP", false),
            new DemoRequest("Salinan Dokumen Pelaksanaan Anggaran Dinas Pendidikan 2026", "Penelitian",
                    Fate.GRANTED, 0, "DISDIK", false),
            new DemoRequest("Laporan hasil uji kualitas air sungai 2025", "Advokasi lingkungan",
                    Fate.PARTIALLY_GRANTED, 0, "DLH", false),
            new DemoRequest("Rekam medis pasien rujukan RSUD", "Keperluan pribadi", Fate.REJECTED, 0, "DINKES",
                    false),
            new DemoRequest("Sertifikat hak atas tanah kantor kecamatan", "Penelitian", Fate.NOT_HELD, 0, null,
                    false),
            new DemoRequest("Kajian risiko bencana banjir 2024", "Perencanaan komunitas", Fate.NOT_YET_DOCUMENTED, 0,
                    "BAPPEDA", false),
            new DemoRequest("Berita acara pemeriksaan pengadaan alat kesehatan 2025", "Pengawasan publik",
                    Fate.DISPUTED, 0, null, false),
            new DemoRequest("Rincian biaya perjalanan dinas 2025", "Pengawasan anggaran", Fate.OBJECTION_PENDING, 0,
                    "BPKAD", false),
            new DemoRequest("Daftar penerima bantuan sosial pangan 2025", "Pemantauan", Fate.OVERDUE_OBJECTED, 30,
                    "DINSOS", false),
            new DemoRequest("Jadwal penertiban reklame 2026", "Informasi usaha", Fate.WITHDRAWN, 0, null, false),
            new DemoRequest("Data ruas jalan kabupaten yang melintasi Kutai Kartanegara", "Perencanaan",
                    Fate.FORWARDED, 0, null, false));

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String FORWARD_FROM = "kutai-timur";
    private static final String FORWARD_TO = "kutai-kartanegara";

    private final List<String> tenants;
    private final List<DemoRequest> requests;
    private final Clock clock;

    public RequestDemoStep(List<String> tenants, List<DemoRequest> requests, Clock clock) {
        this.tenants = List.copyOf(tenants);
        this.requests = List.copyOf(requests);
        this.clock = clock;
    }

    /** The demo requests in each demo regency. */
    public static RequestDemoStep demoRegencies() {
        return new RequestDemoStep(UnitsStep.DEMO_REGENCIES, REQUESTS, Clock.systemUTC());
    }

    @Override
    public String description() {
        return "information requests of the demo regencies";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        for (String tenant : tenants) {
            PublicApi utama = api.as("ppid-utama@" + tenant);
            Set<String> existing = filedTexts(utama, tenant);
            Map<String, String> unitIds = null;
            int added = 0;
            for (DemoRequest request : requests) {
                boolean forwarding = request.fate() == Fate.FORWARDED;
                if (existing.contains(request.informationRequested())
                        || (forwarding && (!tenant.equals(FORWARD_FROM) || !tenants.contains(FORWARD_TO)))) {
                    continue;
                }
                if (unitIds == null) {
                    unitIds = unitIds(api, tenant);
                }
                file(api, utama, tenant, request, unitIds);
                added++;
            }
            if (added > 0) {
                out.println("         demo   " + added + " information request(s) in " + tenant);
            }
        }
    }

    private void file(PublicApi api, PublicApi utama, String tenant, DemoRequest r, Map<String, String> unitIds)
            throws DemoException {
        String base = "/api/v1/" + tenant + "/requests";
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("requesterType", "INDIVIDUAL");
        form.put("name", "Rahmawati Saputri");
        form.put("nik", "6408014507850002");
        form.put("address", "Jl. Yos Sudarso No. 12, Sangatta");
        form.put("phone", "081350001234");
        form.put("email", "rahmawati.demo@example.id");
        form.put("occupation", "Peneliti");
        form.put("informationRequested", r.informationRequested());
        form.put("purpose", r.purpose());
        form.put("obtainMethod", "COPY_SOFT");
        form.put("deliveryMethod", "EMAIL");
        PublicApi filer = api.withToken(java.util.Optional.empty());
        if (r.daysAgo() > 0) {
            form.put("channel", "LETTER");
            form.put("receivedAt", clock.instant().minus(Duration.ofDays(r.daysAgo())).truncatedTo(ChronoUnit.HOURS)
                    .toString());
            filer = utama;
        } else if (r.citizen() && tenant.equals("kutai-timur")) {
            filer = api.as("warga@kutai-timur");
        }
        Object receipt = expect(filer.postJson(base, Json.write(form)), 201, "POST " + base);
        String path = base + "/" + Json.at(receipt, "registrationNumber");
        String code = (String) Json.at(receipt, "trackingCode");
        PublicApi anonymous = api.withToken(java.util.Optional.empty());

        if (r.unitCode() != null) {
            String unitId = unitIds.get(r.unitCode());
            if (unitId == null) {
                throw new DemoException("unit " + r.unitCode() + " does not exist in " + tenant);
            }
            expect(utama.postJson(path + "/assignment", Json.write(Map.of("unitId", unitId))), 200,
                    "POST " + path + "/assignment");
        }
        PublicApi pelaksana = r.unitCode() == null ? utama
                : api.as("ppid-pelaksana." + r.unitCode().toLowerCase(Locale.ROOT) + "@" + tenant);
        switch (r.fate()) {
            case REGISTERED, ASSIGNED, OVERDUE -> { }
            case EXTENDED -> expect(pelaksana.postJson(path + "/extension", Json.write(Map.of("reason",
                    "Data dihimpun dari 18 kecamatan dan perlu diverifikasi"))), 200, "POST " + path + "/extension");
            case GRANTED -> decide(pelaksana, path, Map.of("outcome", "GRANTED", "informationGiven",
                    "Salinan DPA Dinas Pendidikan 2026 (PDF)", "form", "BOTH", "sheets", 42, "deliveryCost", 15000,
                    "provisionDays", 3));
            case PARTIALLY_GRANTED -> decide(pelaksana, path, Map.of("outcome", "PARTIALLY_GRANTED",
                    "informationGiven", "Laporan uji kualitas air 2025", "form", "SOFTCOPY", "redactionNote",
                    "Nama dan alamat pemilik usaha yang diuji dihitamkan (Pasal 17 huruf h)"));
            case REJECTED -> decide(pelaksana, path, Map.of("outcome", "REJECTED", "legalBasis", "H",
                    "decisionNumber", "188.4/012/PPID/2026", "reasons",
                    "Rekam medis memuat riwayat kesehatan pribadi; membukanya merugikan pasien (uji konsekuensi)"));
            case NOT_HELD -> decide(utama, path, Map.of("outcome", "NOT_HELD", "holderBody",
                    "Kantor Pertanahan (Badan Pertanahan Nasional) setempat"));
            case NOT_YET_DOCUMENTED -> decide(pelaksana, path, Map.of("outcome", "NOT_YET_DOCUMENTED",
                    "timeNeededDays", 30));
            case DISPUTED -> {
                decide(utama, path, Map.of("outcome", "REJECTED", "legalBasis", "A", "decisionNumber",
                        "188.4/015/PPID/2026", "reasons", "Berkas sedang menjadi bahan penyidikan"));
                object(anonymous, path, code, "A", "Berkas pengadaan bukan bagian penyidikan");
                PublicApi atasan = api.as("atasan-ppid@" + tenant);
                expect(atasan.postJson(path + "/objections/decision", Json.write(Map.of("result", "DISMISSED",
                        "reasons", "Penyidik menyatakan berkas masih diperlukan"))), 200,
                        "POST " + path + "/objections/decision");
                String today = LocalDate.ofInstant(clock.instant(), WITA).toString();
                expect(anonymous.postJson(path + "/dispute?trackingCode=" + code, Json.write(Map.of("commission",
                        "Komisi Informasi Provinsi Kalimantan Timur", "filedOn", today))), 201,
                        "POST " + path + "/dispute");
                expect(utama.patchJson(path + "/dispute", Json.write(Map.of("kiRegistrationNumber",
                        "021/REG-PSI/KI-KT/" + today.substring(0, 4), "registeredOn", today))), 200,
                        "PATCH " + path + "/dispute");
            }
            case OBJECTION_PENDING -> {
                decide(pelaksana, path, Map.of("outcome", "GRANTED", "informationGiven",
                        "Rekap perjalanan dinas 2025", "form", "HARDCOPY", "sheets", 250, "deliveryCost", 50000));
                object(anonymous, path, code, "F", "Biaya penggandaan terlalu tinggi");
            }
            case OVERDUE_OBJECTED -> object(anonymous, path, code, "C", "Permohonan tidak ditanggapi");
            case WITHDRAWN -> expect(anonymous.postJson(path + "/withdrawal?trackingCode=" + code, "{}"), 200,
                    "POST " + path + "/withdrawal");
            case FORWARDED -> expect(utama.postJson(path + "/forwarding", Json.write(Map.of("tenant", FORWARD_TO,
                    "reason", "Ruas jalan tersebut dikelola Kabupaten Kutai Kartanegara"))), 200,
                    "POST " + path + "/forwarding");
        }
    }

    private static void decide(PublicApi staff, String path, Map<String, Object> decision) throws DemoException {
        expect(staff.postJson(path + "/decision", Json.write(decision)), 200, "POST " + path + "/decision");
    }

    private static void object(PublicApi anonymous, String path, String code, String ground, String reason)
            throws DemoException {
        expect(anonymous.postJson(path + "/objections?trackingCode=" + code, Json.write(Map.of("ground", ground,
                "reason", reason))), 201, "POST " + path + "/objections");
    }

    /** The informationRequested texts of the tenant's requests, from the PPID utama's work list. */
    private static Set<String> filedTexts(PublicApi utama, String tenant) throws DemoException {
        Set<String> texts = new HashSet<>();
        for (Object item : allItems(utama, "/api/v1/" + tenant + "/requests")) {
            if (Json.at(item, "informationRequested") instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }


}
