package id.terbuka.request.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.terbuka.request.information.Decision;
import id.terbuka.request.information.InformationRequest;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as CSV (one {@code section,key,value} line per figure, so every breakdown fits one table) and as PDF
 * (OpenPDF, like the written notices), and the register as CSV. Cells are quoted per RFC 4180, and a text cell that
 * a spreadsheet would run as a formula gets a leading apostrophe.
 */
@Component
public class ReportDocuments {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private final Font title = new Font(Font.HELVETICA, 13, Font.BOLD);
    private final Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
    private final Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private final Font small = new Font(Font.HELVETICA, 8, Font.ITALIC);

    public byte[] csv(AnnualReport r) {
        StringBuilder out = new StringBuilder("section,key,value\r\n");
        line(out, "period", "tenant", r.tenant());
        line(out, "period", "year", r.year());
        line(out, "period", "semester", r.semester() == null ? "" : r.semester());
        line(out, "period", "from", r.from());
        line(out, "period", "to", r.to());
        line(out, "requests", "received", r.received());
        r.byChannel().forEach((k, v) -> line(out, "channel", k, v));
        r.byRequesterType().forEach((k, v) -> line(out, "requesterType", k, v));
        r.byUnit().forEach(u -> line(out, "unit", u.unitName(), u.received()));
        r.byOutcome().forEach((k, v) -> line(out, "outcome", k, v));
        line(out, "answerTime", "answered", r.answerTime().answered());
        line(out, "answerTime", "meanWorkingDays", r.answerTime().mean() == null ? "" : r.answerTime().mean());
        line(out, "answerTime", "medianWorkingDays", r.answerTime().median() == null ? "" : r.answerTime().median());
        line(out, "answerTime", "maxWorkingDays", r.answerTime().max() == null ? "" : r.answerTime().max());
        line(out, "answerTime", "answeredLate", r.answeredLate());
        line(out, "requests", "extensions", r.extensions());
        line(out, "requests", "forwarded", r.forwarded());
        r.rejectionsByLegalBasis().forEach((k, v) -> line(out, "rejectionLegalBasis", k, v));
        line(out, "objections", "filed", r.objections().filed());
        r.objections().byGround().forEach((k, v) -> line(out, "objectionGround", k, v));
        r.objections().byResult().forEach((k, v) -> line(out, "objectionResult", k, v));
        line(out, "objections", "answeredLate", r.objections().answeredLate());
        line(out, "disputes", "recorded", r.disputes().recorded());
        r.disputes().byOutcome().forEach((k, v) -> line(out, "disputeOutcome", k, v));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The buku register permohonan (Perki: at least name, address, information requested, reasons of a refusal).
     * The address is personal data: only PPID roles get it ({@code withAddress}); NIK and contacts never.
     */
    public byte[] registerCsv(List<InformationRequest> requests, Function<InformationRequest, String> address,
                              boolean withAddress, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        row(out, "registrationNumber", "receivedOn", "channel", "requesterType", "requesterName", "address",
                "informationRequested", "purpose", "unitId", "status", "dueDate", "extended", "decidedOn", "outcome",
                "legalBasis", "decisionNumber", "rejectionReasons", "workingDaysTaken", "late", "objections", "dispute");
        for (InformationRequest r : requests) {
            Decision d = r.decision();
            row(out, r.registrationNumber(), date(r.receivedAt(), zone), r.channel(), r.requester().type(),
                    r.requester().name(), withAddress ? address.apply(r) : "", r.informationRequested(), r.purpose(),
                    r.unitId(), r.status(), r.dueDate(), r.extension() != null,
                    d == null ? "" : date(d.decidedAt(), zone), d == null ? "" : d.outcome(),
                    d == null || d.legalBasis() == null ? "" : d.legalBasis(),
                    d == null || d.decisionNumber() == null ? "" : d.decisionNumber(), d == null ? "" : d.reasons(),
                    d == null ? "" : d.workingDaysTaken(), d == null ? "" : d.late(),
                    r.objections().stream().map(o -> o.objectionNumber() + " " + o.ground() + " "
                            + (o.result() == null ? "PENDING" : o.result())).collect(Collectors.joining("; ")),
                    r.dispute() == null ? "" : r.dispute().commission() + " "
                            + (r.dispute().outcome() == null ? "PENDING" : r.dispute().outcome()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(AnnualReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Laporan layanan informasi publik " + r.tenantName() + " " + r.year());
            document.addCreator("Terbuka");
            document.open();
            centered(document, "LAPORAN LAYANAN INFORMASI PUBLIK", title);
            centered(document, "PPID " + r.tenantName(), heading);
            centered(document, (r.semester() == null ? "Tahun " : "Semester " + (r.semester() == 1 ? "I" : "II")
                    + " Tahun ") + r.year() + " (" + DATE.format(r.from()) + " - " + DATE.format(r.to()) + ")", body);
            paragraph(document, "Disusun berdasarkan UU 14/2008 Pasal 12 dan Perki 1/2021 Pasal 56.", small);

            section(document, "1. Permohonan informasi");
            table(document, List.of(
                    new String[]{"Jumlah permohonan diterima", String.valueOf(r.received())},
                    new String[]{"Diperpanjang (Pasal 22 ayat (8))", String.valueOf(r.extensions())},
                    new String[]{"Diteruskan ke Badan Publik lain", String.valueOf(r.forwarded())}));
            section(document, "2. Menurut saluran");
            counts(document, r.byChannel());
            section(document, "3. Menurut jenis pemohon");
            counts(document, r.byRequesterType());
            section(document, "4. Menurut unit (PPID pelaksana)");
            table(document, r.byUnit().stream()
                    .map(u -> new String[]{u.unitName(), String.valueOf(u.received())}).toList());
            section(document, "5. Keputusan (pemberian dan penolakan)");
            counts(document, r.byOutcome());
            section(document, "6. Waktu pemenuhan (hari kerja sejak diterima)");
            AnnualReport.AnswerTime t = r.answerTime();
            table(document, List.of(
                    new String[]{"Permohonan yang dijawab", String.valueOf(t.answered())},
                    new String[]{"Rata-rata", t.mean() == null ? "-" : String.valueOf(t.mean())},
                    new String[]{"Median", t.median() == null ? "-" : String.valueOf(t.median())},
                    new String[]{"Paling lama", t.max() == null ? "-" : String.valueOf(t.max())},
                    new String[]{"Dijawab melewati batas waktu", String.valueOf(r.answeredLate())}));
            section(document, "7. Alasan penolakan (UU 14/2008 Pasal 17)");
            counts(document, r.rejectionsByLegalBasis());
            section(document, "8. Keberatan (Pasal 35-36)");
            table(document, List.of(new String[]{"Keberatan diajukan", String.valueOf(r.objections().filed())},
                    new String[]{"Dijawab melewati batas waktu", String.valueOf(r.objections().answeredLate())}));
            paragraph(document, "Menurut alasan (Pasal 35 ayat (1)):", bold);
            counts(document, r.objections().byGround());
            paragraph(document, "Menurut hasil:", bold);
            counts(document, r.objections().byResult());
            section(document, "9. Sengketa informasi di Komisi Informasi");
            table(document, List.<String[]>of(new String[]{"Sengketa diajukan",
                    String.valueOf(r.disputes().recorded())}));
            counts(document, r.disputes().byOutcome());
            paragraph(document, "Dokumen ini dibuat secara elektronik oleh Terbuka dari data permohonan yang tercatat.",
                    small);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the report of " + r.tenant() + " " + r.year(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void counts(Document document, Map<String, Long> counts) throws DocumentException {
        table(document, counts.entrySet().stream()
                .map(e -> new String[]{e.getKey(), String.valueOf(e.getValue())}).toList());
    }

    private void table(Document document, List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{5, 2});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(6);
        for (String[] row : rows) {
            table.addCell(new Phrase(row[0], body));
            table.addCell(new Phrase(row[1], bold));
        }
        document.add(table);
    }

    private void section(Document document, String text) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private void paragraph(Document document, String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private void centered(Document document, String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    private static void line(StringBuilder out, String section, String key, Object value) {
        row(out, section, key, value);
    }

    private static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
