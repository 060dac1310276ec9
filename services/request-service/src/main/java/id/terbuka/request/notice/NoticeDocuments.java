package id.terbuka.request.notice;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.terbuka.request.information.Decision;
import id.terbuka.request.information.InformationRequest;
import id.terbuka.request.information.LegalBasis;
import id.terbuka.request.information.Outcome;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The written notice UU 14/2008 Pasal 22(7) requires, as a PDF in Indonesian, laid out after the Perki 1/2010
 * annex: the pemberitahuan tertulis for every outcome, and for a rejection the Surat Keputusan PPID tentang
 * penolakan permohonan informasi citing Pasal 17 and the consequence test. The requester's NIK and contact
 * details are not printed. Rendered on demand from the stored decision, so it always matches it.
 */
@Component
public class NoticeDocuments {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    /** Pasal 17 UU 14/2008, the grounds for excluding information. */
    static final Map<LegalBasis, String> PASAL_17 = new EnumMap<>(Map.of(
            LegalBasis.A, "menghambat proses penegakan hukum",
            LegalBasis.B, "mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari "
                    + "persaingan usaha tidak sehat",
            LegalBasis.C, "membahayakan pertahanan dan keamanan negara",
            LegalBasis.D, "mengungkapkan kekayaan alam Indonesia",
            LegalBasis.E, "merugikan ketahanan ekonomi nasional",
            LegalBasis.F, "merugikan kepentingan hubungan luar negeri",
            LegalBasis.G, "mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat "
                    + "seseorang",
            LegalBasis.H, "mengungkap rahasia pribadi",
            LegalBasis.I, "memorandum atau surat-surat antar Badan Publik atau intra Badan Publik yang menurut "
                    + "sifatnya dirahasiakan",
            LegalBasis.J, "informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang"));

    private final Font title = new Font(Font.HELVETICA, 13, Font.BOLD);
    private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private final Font small = new Font(Font.HELVETICA, 8, Font.ITALIC);

    /** @param zone the tenant's time zone, for the dates printed */
    public byte[] render(InformationRequest request, String tenantName, ZoneId zone) {
        Decision decision = request.decision();
        if (decision == null) {
            throw new IllegalStateException("no decision for " + request.registrationNumber());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Pemberitahuan tertulis " + request.registrationNumber());
            document.addCreator("Terbuka");
            document.open();
            centered(document, "PPID " + tenantName, bold);
            if (decision.outcome() == Outcome.REJECTED) {
                centered(document, "SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI", title);
                centered(document, "Nomor: " + decision.decisionNumber(), body);
            } else {
                centered(document, "PEMBERITAHUAN TERTULIS", title);
                centered(document, "Berdasarkan permohonan informasi nomor pendaftaran "
                        + request.registrationNumber(), body);
            }
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[]{2, 5});
            table.setWidthPercentage(100);
            row(table, "Nomor pendaftaran", request.registrationNumber());
            row(table, "Tanggal permohonan", DATE.format(request.receivedAt().atZone(zone)));
            row(table, "Nama pemohon", request.requester().name());
            if (request.requester().legalEntityDeed() != null) {
                row(table, "Akta/SK badan hukum", request.requester().legalEntityDeed());
            }
            row(table, "Informasi yang dimohon", request.informationRequested());
            row(table, "Tujuan penggunaan", request.purpose());
            row(table, "Tanggal pemberitahuan", DATE.format(decision.decidedAt().atZone(zone)));
            document.add(table);
            document.add(new Paragraph(" "));

            switch (decision.outcome()) {
                case GRANTED, PARTIALLY_GRANTED -> grant(document, decision);
                case REJECTED -> rejection(document, decision);
                case NOT_HELD -> paragraph(document, "Informasi tidak dapat diberikan karena informasi yang diminta "
                        + "belum dikuasai oleh Badan Publik kami. Informasi tersebut dikuasai oleh: "
                        + decision.holderBody() + " (UU 14/2008 Pasal 22 ayat (7) huruf a dan b).");
                case NOT_YET_DOCUMENTED -> paragraph(document, "Informasi tidak dapat diberikan karena informasi "
                        + "yang diminta belum didokumentasikan. Waktu yang diperlukan untuk mendokumentasikannya: "
                        + decision.timeNeededDays() + " hari.");
            }
            if (decision.note() != null) {
                paragraph(document, "Keterangan: " + decision.note());
            }
            document.add(new Paragraph(" "));
            paragraph(document, "Apabila Saudara tidak puas dengan keputusan ini, Saudara dapat mengajukan keberatan "
                    + "kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak pemberitahuan ini diterima "
                    + "(UU 14/2008 Pasal 35 dan 36), dengan menyebut nomor pendaftaran "
                    + request.registrationNumber() + ".");
            document.add(new Paragraph(" "));
            Paragraph sign = new Paragraph("Pejabat Pengelola Informasi dan Dokumentasi (PPID)\n" + tenantName, body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            document.add(sign);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Dokumen ini dibuat secara elektronik oleh Terbuka.", small));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the notice of " + request.registrationNumber(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void grant(Document document, Decision d) throws DocumentException {
        paragraph(document, d.outcome() == Outcome.GRANTED
                ? "Informasi yang Saudara minta DAPAT DIBERIKAN seluruhnya."
                : "Informasi yang Saudara minta DAPAT DIBERIKAN SEBAGIAN.");
        PdfPTable table = new PdfPTable(new float[]{2, 5});
        table.setWidthPercentage(100);
        row(table, "Penguasaan informasi", "Kami");
        row(table, "Materi yang diberikan", d.informationGiven());
        if (!d.catalogueEntryIds().isEmpty()) {
            row(table, "Daftar Informasi Publik", String.join(", ", d.catalogueEntryIds()));
        }
        row(table, "Bentuk fisik", switch (d.form()) {
            case SOFTCOPY -> "Softcopy (termasuk rekaman)";
            case HARDCOPY -> "Hardcopy/salinan tertulis";
            case BOTH -> "Softcopy dan hardcopy";
        });
        NumberFormat rupiah = NumberFormat.getIntegerInstance(ID);
        row(table, "Biaya penyalinan", "Rp " + rupiah.format(d.tariffPerSheet()) + " x " + d.sheets()
                + " lembar = Rp " + rupiah.format(d.tariffPerSheet() * d.sheets()));
        row(table, "Biaya pengiriman", "Rp " + rupiah.format(d.deliveryCost()));
        row(table, "Total biaya", "Rp " + rupiah.format(d.totalFee()));
        if (d.provisionDays() != null) {
            row(table, "Waktu penyediaan", d.provisionDays() + " hari");
        }
        if (d.redactionNote() != null) {
            row(table, "Penghitaman/pengaburan", d.redactionNote());
        }
        document.add(table);
    }

    private void rejection(Document document, Decision d) throws DocumentException {
        paragraph(document, "Menetapkan bahwa informasi yang Saudara minta TIDAK DAPAT DIBERIKAN karena merupakan "
                + "informasi yang dikecualikan berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
                + "Informasi Publik Pasal 17 huruf " + d.legalBasis().name().toLowerCase(Locale.ROOT) + ": "
                + PASAL_17.get(d.legalBasis()) + ".");
        paragraph(document, "Pertimbangan (uji konsekuensi): " + d.reasons());
        if (d.exclusionId() != null) {
            paragraph(document, "Penetapan informasi dikecualikan dalam Daftar Informasi Publik: " + d.exclusionId());
        }
    }

    private void paragraph(Document document, String text) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, body);
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        document.add(paragraph);
    }

    private void centered(Document document, String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(new com.lowagie.text.Phrase(label, bold));
        table.addCell(new com.lowagie.text.Phrase(value == null ? "-" : value, body));
    }
}
