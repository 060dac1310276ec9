package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
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
 * OPD news (SIBER) in each demo regency, through news-service's public API as the demo accounts: each unit's
 * {@code news-operator.<code>@<tenant>} drafts and submits, {@code editor@<tenant>} decides. Per regency: three
 * published articles (one with a cover image, caption and credit), one scheduled three days ahead, two in review,
 * one rejected with a reason and one sent back for changes. BPKAD, DLH and SATPOLPP never write and BAPPEDA, PUPR,
 * DINSOS and DPMPTSP never get anything published, so the activity board shows silent units. (The API cannot set a
 * publication date in the past, so "silent for months" is shown by units that never published.)
 *
 * <p>Idempotent: an article whose title the editorial desk already lists is left alone, whatever its status.
 */
public final class NewsDemoStep implements DemoStep {

    /** What happens to a demo article after it is drafted. */
    public enum Fate { PUBLISHED, SCHEDULED, IN_REVIEW, REJECTED, CHANGES_REQUESTED }

    /** One demo article. {@code cover}: upload a picture and make it the cover before submitting. */
    public record DemoArticle(String unitCode, String title, String lead, String body, List<String> tags, Fate fate,
                              boolean cover) {
    }

    public static final List<DemoArticle> ARTICLES = List.of(
            new DemoArticle("DISKOMINFO", "Diskominfo Luncurkan Layanan Aduan Daring Terpadu",
                    "Warga kini dapat menyampaikan aduan dan permohonan informasi dari satu alamat.",
                    "Dinas Komunikasi dan Informatika meluncurkan **layanan aduan daring terpadu**.\n\n"
                            + "Aduan diteruskan ke OPD yang berwenang dan dapat dipantau statusnya.",
                    List.of("layanan publik", "aduan"), Fate.PUBLISHED, true),
            new DemoArticle("DINKES", "Dinkes Melaporkan Penurunan Kasus Demam Berdarah",
                    "Kasus DBD pada triwulan pertama turun dibanding tahun lalu.",
                    "Dinas Kesehatan melaporkan kasus **demam berdarah dengue** menurun.\n\n"
                            + "Gerakan 3M Plus tetap diimbau di setiap kelurahan.",
                    List.of("kesehatan", "dbd"), Fate.PUBLISHED, false),
            new DemoArticle("DISDIK", "Penerimaan Peserta Didik Baru Dibuka Juni",
                    "Pendaftaran SD dan SMP negeri dibuka secara daring.",
                    "Pendaftaran peserta didik baru dibuka pada bulan Juni melalui laman resmi dinas.\n\n"
                            + "- jalur zonasi\n- jalur afirmasi\n- jalur prestasi",
                    List.of("pendidikan", "ppdb"), Fate.PUBLISHED, false),
            new DemoArticle("DISKOMINFO", "Pelatihan Literasi Digital untuk Perangkat Desa",
                    "Seratus perangkat desa mengikuti pelatihan keamanan data.",
                    "Pelatihan literasi digital digelar selama dua hari bagi perangkat desa.",
                    List.of("literasi digital"), Fate.SCHEDULED, false),
            new DemoArticle("BAPPEDA", "Musrenbang Kecamatan Tahun Anggaran 2027",
                    "Usulan warga dihimpun dari seluruh kecamatan.",
                    "Musyawarah perencanaan pembangunan tingkat kecamatan dimulai pekan ini.",
                    List.of("perencanaan"), Fate.IN_REVIEW, false),
            new DemoArticle("PUPR", "Perbaikan Jalan Poros Antar-Kecamatan Dimulai",
                    "Pekerjaan ditargetkan selesai sebelum musim hujan.",
                    "Dinas Pekerjaan Umum memulai perbaikan jalan poros sepanjang 12 kilometer.",
                    List.of("infrastruktur"), Fate.IN_REVIEW, false),
            new DemoArticle("DINSOS", "Penyaluran Bantuan Sosial Tahap II",
                    "Bantuan disalurkan kepada keluarga penerima manfaat.",
                    "Penyaluran bantuan sosial tahap II berlangsung di kantor kecamatan.",
                    List.of("bantuan sosial"), Fate.REJECTED, false),
            new DemoArticle("DPMPTSP", "Perizinan Berusaha Kini Bisa Diurus dari Rumah",
                    "Layanan perizinan daring diperluas.",
                    "Pelaku usaha dapat mengurus perizinan berusaha tanpa datang ke kantor.",
                    List.of("perizinan", "umkm"), Fate.CHANGES_REQUESTED, false));

    private final List<String> tenants;
    private final List<DemoArticle> articles;
    private final Clock clock;

    public NewsDemoStep(List<String> tenants, List<DemoArticle> articles, Clock clock) {
        this.tenants = List.copyOf(tenants);
        this.articles = List.copyOf(articles);
        this.clock = clock;
    }

    /** The demo articles in each demo regency. */
    public static NewsDemoStep demoRegencies() {
        return new NewsDemoStep(UnitsStep.DEMO_REGENCIES, ARTICLES, Clock.systemUTC());
    }

    @Override
    public String description() {
        return "OPD news of the demo regencies";
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        Map<String, PublicApi> signedIn = new HashMap<>();
        for (String tenant : tenants) {
            String base = "/api/v1/" + tenant + "/news";
            PublicApi editor = signedIn(api, signedIn, "editor@" + tenant);
            Set<String> existing = titlesOnTheDesk(editor, base);
            Map<String, String> unitIds = unitIds(api, tenant);
            int added = 0;
            for (DemoArticle article : articles) {
                if (existing.contains(article.title())) {
                    continue;
                }
                String unitId = unitIds.get(article.unitCode());
                if (unitId == null) {
                    throw new DemoException("unit " + article.unitCode() + " does not exist in " + tenant);
                }
                PublicApi operator = signedIn(api, signedIn, "news-operator."
                        + article.unitCode().toLowerCase(Locale.ROOT) + "@" + tenant);
                write(operator, editor, base, article);
                added++;
            }
            if (added > 0) {
                out.println("         demo   " + added + " news article(s) in " + tenant);
            }
        }
    }

    private void write(PublicApi operator, PublicApi editor, String base, DemoArticle article) throws DemoException {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", article.title());
        draft.put("lead", article.lead());
        draft.put("body", article.body());
        draft.put("bodyFormat", "MARKDOWN");
        draft.put("place", "Kantor Bupati");
        draft.put("tags", article.tags());
        Object created = expect(operator.postJson(base, Json.write(draft)), 201, "POST " + base);
        String id = (String) Json.at(created, "id");
        String path = base + "/" + id;
        if (article.cover()) {
            Object image = expect(operator.postFile(path + "/images", "file", "sampul.jpg", "image/jpeg",
                    picture(article.title())), 201, "POST " + path + "/images");
            Map<String, Object> cover = new LinkedHashMap<>();
            cover.put("imageId", Json.at(image, "id"));
            cover.put("caption", "Suasana peluncuran layanan");
            cover.put("credit", "Foto: Diskominfo");
            Map<String, Object> edit = new LinkedHashMap<>(draft);
            edit.put("cover", cover);
            edit.put("version", Json.at(created, "version"));
            expect(operator.putJson(path, Json.write(edit)), 200, "PUT " + path);
        }
        expect(operator.postJson(path + "/submission", "{}"), 200, "POST " + path + "/submission");
        Map<String, Object> review = new LinkedHashMap<>();
        switch (article.fate()) {
            case IN_REVIEW -> {
                return;
            }
            case PUBLISHED -> review.put("decision", "APPROVE");
            case SCHEDULED -> {
                review.put("decision", "APPROVE");
                review.put("publishAt", clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS)
                        .toString());
            }
            case REJECTED -> {
                review.put("decision", "REJECT");
                review.put("comment", "Bukan kegiatan OPD ini; sampaikan melalui Dinas Sosial provinsi.");
            }
            case CHANGES_REQUESTED -> {
                review.put("decision", "REQUEST_CHANGES");
                review.put("comment", "Tambahkan alamat layanan dan jam buka.");
            }
        }
        expect(editor.postJson(path + "/review", Json.write(review)), 200, "POST " + path + "/review");
    }

    private static Set<String> titlesOnTheDesk(PublicApi editor, String base) throws DemoException {
        Set<String> titles = new HashSet<>();
        for (Object item : allItems(editor, base + "/editorial")) {
            if (Json.at(item, "title") instanceof String title) {
                titles.add(title);
            }
        }
        return titles;
    }




    /** A plain JPEG cover (a gradient and circles varying with the title), drawn here so the demo needs no image files. */
    static byte[] picture(String title) throws DemoException {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0, 94, 132), 1600, 900, new Color(0, 160, 120)));
            g.fillRect(0, 0, 1600, 900);
            // shapes only: drawing text would need fonts, which a minimal server may not have
            g.setColor(new Color(255, 255, 255, 200));
            int seed = Math.abs(title.hashCode());
            for (int i = 0; i < 6; i++) {
                int size = 120 + (seed >> i) % 160;
                g.fillOval(100 + i * 230, 300 + ((seed >> (2 * i)) % 300), size, size);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new DemoException("could not draw the demo cover: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
