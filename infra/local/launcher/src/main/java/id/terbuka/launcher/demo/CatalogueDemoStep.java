package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.terbuka.launcher.demo.DemoCalls.expect;
import static id.terbuka.launcher.demo.DemoCalls.signedIn;
import static id.terbuka.launcher.demo.DemoCalls.unitIds;

/**
 * The Daftar Informasi Publik of each demo regency, through catalogue-service's public API as the demo accounts:
 * each unit's {@code ppid-pelaksana.<code>@<tenant>} records its own entries, {@code ppid-utama@<tenant>} the two
 * exclusions (with their consequence tests: a tender's owner estimate until the winner is announced, Pasal 17
 * huruf b; medical records, permanently, huruf h) and the serta-merta flood warning. About thirty entries per
 * regency across nine units and all categories (APBD, LKPD, LRA, daftar aset, Renstra, RKPD, LKjIP, SOPs, …); the
 * APBD gets a small real PDF (its text is searchable). SATPOLPP has no entry, so the freshness board shows it RED.
 *
 * <p>Staleness: the API sets {@code lastUpdatedAt} itself and cannot backdate it, so "deliberately stale" entries
 * are BERKALA entries with short frequencies: two DAILY entries (DISKOMINFO, PUPR) lapse a day after loading, one
 * WEEKLY entry (DINKES) a week after; from then on they count as stale, their units turn YELLOW and the freshness
 * job announces {@code entry-became-stale} once per entry.
 *
 * <p>Idempotent: an entry whose title the tenant's public list already shows is left alone (its PDF is uploaded if
 * it is still missing).
 */
public final class CatalogueDemoStep implements DemoStep {

    /** @param exclusion legal basis letter, or null for a public entry */
    public record DemoEntry(String unitCode, String category, String title, String summary, String official,
                            String person, String frequency, String format, String retention, String exclusion,
                            boolean withPdf) {
    }

    public static final List<DemoEntry> ENTRIES = List.of(
            entry("BPKAD", "BERKALA", "APBD Tahun Anggaran 2026",
                    "Peraturan Daerah tentang Anggaran Pendapatan dan Belanja Daerah beserta ringkasan pendapatan, "
                            + "belanja dan pembiayaan", "Kepala BPKAD", "Kepala Bidang Anggaran", "SEMIANNUAL",
                    true),
            entry("BPKAD", "BERKALA", "Laporan Keuangan Pemerintah Daerah (LKPD) Tahun 2025",
                    "Neraca, laporan realisasi anggaran, laporan arus kas dan catatan atas laporan keuangan yang "
                            + "telah diperiksa BPK", "Kepala BPKAD", "Kepala Bidang Akuntansi", "SEMIANNUAL", false),
            entry("BPKAD", "BERKALA", "Laporan Realisasi Anggaran Triwulan III 2026",
                    "Realisasi pendapatan dan belanja daerah sampai dengan triwulan ketiga", "Kepala BPKAD",
                    "Kepala Bidang Perbendaharaan", "QUARTERLY", false),
            entry("BPKAD", "SETIAP_SAAT", "Daftar Aset Tetap Pemerintah Daerah",
                    "Daftar barang milik daerah: tanah, gedung, peralatan, jalan dan irigasi per 31 Desember 2025",
                    "Kepala BPKAD", "Kepala Bidang Aset", null, false),
            new DemoEntry("BPKAD", "DIKECUALIKAN", "Harga Perkiraan Sendiri (HPS) Tender Pembangunan Gedung Kantor",
                    "Rincian HPS pekerjaan pembangunan gedung kantor sebelum pengumuman pemenang tender",
                    "Kepala BPKAD", "Pejabat Pembuat Komitmen", null, "SOFTCOPY", "5 tahun aktif, 5 tahun inaktif",
                    "B", false),
            entry("BAPPEDA", "SETIAP_SAAT", "Rencana Strategis (Renstra) Perangkat Daerah 2026-2031",
                    "Tujuan, sasaran, strategi dan program perangkat daerah lima tahun", "Kepala Bappeda",
                    "Kepala Bidang Perencanaan", null, false),
            entry("BAPPEDA", "BERKALA", "Rencana Kerja Pemerintah Daerah (RKPD) Tahun 2027",
                    "Prioritas pembangunan dan pagu indikatif tahun 2027 hasil musrenbang", "Kepala Bappeda",
                    "Kepala Bidang Perencanaan", "SEMIANNUAL", false),
            entry("BAPPEDA", "BERKALA", "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025",
                    "Capaian indikator kinerja utama dan realisasi program tahun 2025", "Kepala Bappeda",
                    "Kepala Subbagian Program", "SEMIANNUAL", false),
            entry("DISKOMINFO", "SETIAP_SAAT", "SOP Pelayanan Informasi Publik",
                    "Standar operasional prosedur permohonan informasi, keberatan dan penyelesaian sengketa",
                    "Kepala Dinas Kominfo", "Sekretaris PPID", null, false),
            entry("DISKOMINFO", "BERKALA", "Laporan Layanan Informasi Publik Bulanan",
                    "Jumlah permohonan informasi, waktu pemenuhan, permohonan dikabulkan dan ditolak",
                    "Kepala Dinas Kominfo", "Sekretaris PPID", "MONTHLY", false),
            entry("DISKOMINFO", "BERKALA", "Statistik Harian Kunjungan Portal Resmi Daerah",
                    "Jumlah kunjungan dan halaman yang paling banyak dibaca per hari", "Kepala Dinas Kominfo",
                    "Kepala Bidang Aplikasi Informatika", "DAILY", false),
            entry("DINKES", "BERKALA", "Laporan Mingguan Kasus Demam Berdarah Dengue",
                    "Jumlah kasus DBD per kecamatan dan upaya pengendalian vektor", "Kepala Dinas Kesehatan",
                    "Kepala Bidang Pencegahan dan Pengendalian Penyakit", "WEEKLY", false),
            entry("DINKES", "SETIAP_SAAT", "SOP Pelayanan Puskesmas",
                    "Alur pelayanan, persyaratan dan waktu layanan di puskesmas", "Kepala Dinas Kesehatan",
                    "Kepala Bidang Pelayanan Kesehatan", null, false),
            entry("DINKES", "BERKALA", "Profil Kesehatan Daerah Tahun 2025",
                    "Data derajat kesehatan, sumber daya dan pembiayaan kesehatan daerah", "Kepala Dinas Kesehatan",
                    "Kepala Subbagian Program", "SEMIANNUAL", false),
            new DemoEntry("DINKES", "DIKECUALIKAN", "Rekam Medis Pasien Rumah Sakit Umum Daerah",
                    "Catatan pemeriksaan, diagnosis dan pengobatan pasien", "Direktur RSUD",
                    "Kepala Instalasi Rekam Medis", null, "BOTH", "25 tahun", "H", false),
            entry("DISDIK", "BERKALA", "Data Pokok Pendidikan Semester Genap 2025/2026",
                    "Jumlah sekolah, guru dan peserta didik per jenjang dan kecamatan", "Kepala Dinas Pendidikan",
                    "Kepala Subbagian Program dan Data", "SEMIANNUAL", false),
            entry("DISDIK", "SETIAP_SAAT", "SOP Penerimaan Peserta Didik Baru",
                    "Jalur, persyaratan, jadwal dan tata cara pendaftaran SD dan SMP negeri",
                    "Kepala Dinas Pendidikan", "Kepala Bidang Pembinaan SD", null, false),
            entry("DISDIK", "BERKALA", "Laporan Penyaluran Dana BOS Daerah",
                    "Penyaluran dana bantuan operasional sekolah per sekolah dan triwulan",
                    "Kepala Dinas Pendidikan", "Bendahara Dinas", "QUARTERLY", false),
            entry("PUPR", "SETIAP_SAAT", "Rencana Umum Pengadaan Barang/Jasa Tahun 2026",
                    "Paket pengadaan, pagu, metode dan jadwal pemilihan penyedia", "Kepala Dinas PUPR",
                    "Kepala Subbagian Program", null, false),
            entry("PUPR", "BERKALA", "Laporan Harian Progres Perbaikan Jalan Poros",
                    "Kemajuan fisik pekerjaan perbaikan jalan poros antar-kecamatan", "Kepala Dinas PUPR",
                    "Kepala Bidang Bina Marga", "DAILY", false),
            entry("PUPR", "BERKALA", "Laporan Kinerja Triwulanan Bidang Bina Marga",
                    "Capaian kemantapan jalan dan realisasi paket pekerjaan", "Kepala Dinas PUPR",
                    "Kepala Bidang Bina Marga", "QUARTERLY", false),
            new DemoEntry("PUPR", "SERTA_MERTA", "Peringatan Dini Banjir: Status Siaga Sungai",
                    "Tinggi muka air sungai naik; warga bantaran diimbau bersiap mengungsi. Jalur evakuasi ke "
                            + "posko kantor kecamatan, bantuan darurat melalui call center 112",
                    "Kepala Dinas PUPR", "Kepala Bidang Sumber Daya Air", null, "SOFTCOPY", "1 tahun", null,
                    false),
            entry("DPMPTSP", "SETIAP_SAAT", "SOP Layanan Perizinan Berusaha Berbasis Risiko",
                    "Persyaratan dan alur perizinan berusaha melalui OSS dan layanan tatap muka",
                    "Kepala DPMPTSP", "Kepala Bidang Pelayanan Perizinan", null, false),
            entry("DPMPTSP", "BERKALA", "Rekapitulasi Izin yang Diterbitkan",
                    "Jumlah izin dan nonizin yang diterbitkan per jenis dan bulan", "Kepala DPMPTSP",
                    "Kepala Bidang Data dan Informasi", "MONTHLY", false),
            entry("DINSOS", "BERKALA", "Daftar Penerima Bantuan Sosial Pangan per Kecamatan",
                    "Jumlah keluarga penerima manfaat bantuan pangan per kecamatan dan tahap penyaluran",
                    "Kepala Dinas Sosial", "Kepala Bidang Perlindungan dan Jaminan Sosial", "QUARTERLY", false),
            entry("DINSOS", "SETIAP_SAAT", "SOP Layanan Rehabilitasi Sosial",
                    "Alur rujukan dan layanan rehabilitasi sosial bagi penyandang disabilitas dan lansia",
                    "Kepala Dinas Sosial", "Kepala Bidang Rehabilitasi Sosial", null, false),
            entry("DLH", "BERKALA", "Indeks Kualitas Lingkungan Hidup Tahun 2025",
                    "Indeks kualitas air, udara dan tutupan lahan daerah", "Kepala Dinas Lingkungan Hidup",
                    "Kepala Bidang Pengendalian Pencemaran", "SEMIANNUAL", false),
            entry("DLH", "SETIAP_SAAT", "Daftar Dokumen AMDAL yang Telah Disetujui",
                    "Daftar kegiatan usaha dengan persetujuan lingkungan dan ringkasan dampaknya",
                    "Kepala Dinas Lingkungan Hidup", "Kepala Bidang Tata Lingkungan", null, false));

    private static final Map<String, String> PLACES = Map.of("kutai-kartanegara", "Tenggarong",
            "kutai-timur", "Sangatta", "samarinda", "Samarinda");
    private static final Map<String, String> RIVERS = Map.of("kutai-kartanegara", "Sungai Mahakam",
            "kutai-timur", "Sungai Sangatta", "samarinda", "Sungai Karang Mumus");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final List<String> tenants;
    private final List<DemoEntry> entries;
    private final Clock clock;

    public CatalogueDemoStep(List<String> tenants, List<DemoEntry> entries, Clock clock) {
        this.tenants = List.copyOf(tenants);
        this.entries = List.copyOf(entries);
        this.clock = clock;
    }

    /** The demo DIP in each demo regency. */
    public static CatalogueDemoStep demoRegencies() {
        return new CatalogueDemoStep(UnitsStep.DEMO_REGENCIES, ENTRIES, Clock.systemUTC());
    }

    @Override
    public String description() {
        return "Daftar Informasi Publik of the demo regencies";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        Map<String, PublicApi> signedIn = new HashMap<>();
        for (String tenant : tenants) {
            String base = "/api/v1/" + tenant + "/information";
            Map<String, String> unitIds = unitIds(api, tenant);
            int added = 0;
            for (DemoEntry entry : entries) {
                String unitId = unitIds.get(entry.unitCode());
                if (unitId == null) {
                    throw new DemoException("unit " + entry.unitCode() + " does not exist in " + tenant);
                }
                String title = title(entry, tenant);
                String writer = writer(entry, tenant);
                String id = existingId(api, base, title);
                if (id == null) {
                    Object created = expect(signedIn(api, signedIn, writer).postJson(base,
                            Json.write(body(entry, tenant, unitId, title))), 201, "POST " + base);
                    id = (String) Json.at(created, "id");
                    added++;
                }
                if (entry.withPdf()) {
                    attachPdf(signedIn(api, signedIn, writer), base + "/" + id, tenant);
                }
            }
            if (added > 0) {
                out.println("         demo   " + added + " DIP entr" + (added == 1 ? "y" : "ies") + " in " + tenant);
            }
        }
    }

    /** Exclusions and the serta-merta warning are decided by the PPID utama; the rest by the unit's pelaksana. */
    static String writer(DemoEntry entry, String tenant) {
        if (entry.exclusion() != null || entry.category().equals("SERTA_MERTA")) {
            return "ppid-utama@" + tenant;
        }
        return "ppid-pelaksana." + entry.unitCode().toLowerCase(Locale.ROOT) + "@" + tenant;
    }

    private static String title(DemoEntry entry, String tenant) {
        return entry.category().equals("SERTA_MERTA") ? entry.title() + " " + RIVERS.getOrDefault(tenant, "")
                : entry.title();
    }

    private Map<String, Object> body(DemoEntry entry, String tenant, String unitId, String title) {
        LocalDate today = LocalDate.now(clock.withZone(WITA));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("title", title);
        body.put("summary", entry.summary());
        body.put("category", entry.category());
        body.put("responsibleOfficial", entry.official());
        body.put("responsiblePerson", entry.person());
        body.put("producedAt", (entry.category().equals("SERTA_MERTA") ? today
                : today.minusDays(7 + Math.abs(entry.title().hashCode() % 120))).toString());
        body.put("producedPlace", PLACES.getOrDefault(tenant, "Kantor Bupati"));
        body.put("format", entry.format());
        body.put("retention", entry.retention());
        if (entry.frequency() != null) {
            body.put("updateFrequency", entry.frequency());
        }
        if (entry.exclusion() != null) {
            Map<String, Object> exclusion = new LinkedHashMap<>();
            exclusion.put("legalBasis", entry.exclusion());
            LocalDate decided = today.minusDays(10);
            if (entry.exclusion().equals("B")) {
                exclusion.put("consequence", "Membuka HPS sebelum tender selesai memungkinkan peserta mengatur "
                        + "penawaran dan merusak persaingan usaha yang sehat.");
                exclusion.put("publicInterestTest", "Menutup sampai pengumuman pemenang melindungi keuangan daerah; "
                        + "setelah itu HPS dibuka bersama hasil tender.");
                exclusion.put("excludedUntil", today.plusDays(30).toString());
                exclusion.put("decisionNumber", "188.4/" + (10 + Math.abs(tenant.hashCode() % 80))
                        + "/PPID/" + decided.getYear());
            } else {
                exclusion.put("consequence", "Membuka rekam medis mengungkap rahasia pribadi pasien tentang "
                        + "riwayat dan kondisi kesehatannya.");
                exclusion.put("publicInterestTest", "Tidak ada kepentingan publik yang lebih besar daripada "
                        + "perlindungan data pribadi pasien; statistik layanan tetap dibuka.");
                exclusion.put("decisionNumber", "188.4/" + (11 + Math.abs(tenant.hashCode() % 80))
                        + "/PPID/" + decided.getYear());
            }
            exclusion.put("decidedAt", decided.toString());
            body.put("exclusion", exclusion);
        }
        return body;
    }

    private static void attachPdf(PublicApi writer, String path, String tenant) throws DemoException {
        Object entry = expect(writer.get(path), 200, "GET " + path);
        if (!Json.asList(Json.at(entry, "documents")).isEmpty()) {
            return;
        }
        expect(writer.postFile(path + "/documents", "file", "ringkasan-apbd-2026.pdf", "application/pdf",
                pdf(List.of("RINGKASAN APBD TAHUN ANGGARAN 2026", "Pemerintah Daerah " + PLACES.getOrDefault(tenant, tenant),
                        "Pendapatan daerah: pendapatan asli daerah, pendapatan transfer dan lain-lain pendapatan.",
                        "Belanja daerah: belanja operasi (belanja pegawai, barang dan jasa), belanja modal,",
                        "belanja tidak terduga dan belanja transfer.",
                        "Pembiayaan daerah: penerimaan dan pengeluaran pembiayaan."))), 201,
                "POST " + path + "/documents");
    }

    /**
     * A small, valid PDF 1.4 (one A4 page, Helvetica, the lines given), written here so that the launcher needs
     * no PDF library: objects, then a cross-reference table with their byte offsets.
     */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        text.append("ET\n");
        byte[] content = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.ISO_8859_1)
                        + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * The id of the entry with exactly this title, or null. Found by searching for the title rather than by reading
     * the whole list: a tenant may hold a hundred thousand entries (the search benchmark's).
     */
    private static String existingId(PublicApi api, String base, String title) throws DemoException {
        String search = base + "?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&size=50";
        for (Object item : Json.asList(Json.at(expect(api.get(search), 200, "GET " + base), "items"))) {
            if (title.equals(Json.at(item, "title")) && Json.at(item, "id") instanceof String id) {
                return id;
            }
        }
        return null;
    }

    private static DemoEntry entry(String unit, String category, String title, String summary, String official,
                                   String person, String frequency, boolean withPdf) {
        return new DemoEntry(unit, category, title, summary, official, person, frequency,
                category.equals("SETIAP_SAAT") ? "BOTH" : "SOFTCOPY", "5 tahun aktif, 5 tahun inaktif", null,
                withPdf);
    }
}
