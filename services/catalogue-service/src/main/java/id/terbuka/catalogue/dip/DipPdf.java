package id.terbuka.catalogue.dip;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.terbuka.platform.config.PlatformAutoConfiguration;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * The DIP as a PDF for the PPID to sign and publish: A4 landscape, heading with the public body (and unit), the
 * table in the Perki column order with the header repeated on every page, the count, and the signature block
 * (ditetapkan by the PPID, disetujui by the atasan PPID). Rows are added in blocks so a long list is written to the
 * stream while it is read, never held whole.
 */
final class DipPdf implements DipWriter {

    static final String MEDIA_TYPE = "application/pdf";
    private static final int BLOCK = 200;
    private static final float[] WIDTHS = {0.5f, 5f, 3f, 2.4f, 2.2f, 1.5f, 2f, 1.8f};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            PlatformAutoConfiguration.INDONESIAN);

    private final Font title = new Font(Font.HELVETICA, 13, Font.BOLD);
    private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private final Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
    private final Font cell = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private final Font cellBold = new Font(Font.HELVETICA, 8, Font.BOLD);
    private final Font small = new Font(Font.HELVETICA, 7, Font.ITALIC);

    private final OutputStream out;
    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    private DipHeading heading;
    private PdfPTable table;

    DipPdf(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(DipHeading heading) throws IOException {
        this.heading = heading;
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Daftar Informasi Publik " + heading.tenantName());
            document.addCreator("Terbuka");
            HeaderFooter footer = new HeaderFooter(new Phrase("Daftar Informasi Publik " + heading.tenantName()
                    + " — halaman ", small), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(0);
            document.setFooter(footer);
            document.open();
            centered("DAFTAR INFORMASI PUBLIK", title);
            centered("PPID " + heading.tenantName(), bold);
            if (heading.unitName() != null) {
                centered(heading.unitName(), bold);
            }
            centered("Keadaan per " + DATE.format(heading.asOf()), body);
            document.add(new Paragraph(" "));
            table = newTable();
        } catch (DocumentException e) {
            throw new IOException("could not start the DIP document", e);
        }
    }

    @Override
    public void row(DipRow row) throws IOException {
        table.addCell(cell(Integer.toString(row.number()), cell, Element.ALIGN_RIGHT));
        Phrase summary = new Phrase();
        summary.add(new Phrase(row.title() + "\n", cellBold));
        summary.add(new Phrase(row.summary(), cell));
        PdfPCell summaryCell = new PdfPCell(summary);
        summaryCell.setPadding(3);
        table.addCell(summaryCell);
        table.addCell(cell(row.holder(), cell, Element.ALIGN_LEFT));
        table.addCell(cell(row.responsiblePerson(), cell, Element.ALIGN_LEFT));
        table.addCell(cell(row.producedWhenWhere(), cell, Element.ALIGN_LEFT));
        table.addCell(cell(row.form(), cell, Element.ALIGN_LEFT));
        table.addCell(cell(row.retention(), cell, Element.ALIGN_LEFT));
        table.addCell(cell(row.category(), cell, Element.ALIGN_LEFT));
        if (row.number() % BLOCK == 0) {
            flushTable();
            table = newTable();
        }
    }

    @Override
    public void end(int rows) throws IOException {
        try {
            flushTable();
            document.add(new Paragraph(" "));
            document.add(new Paragraph(rows == 0 ? "Belum ada informasi publik yang terdaftar."
                    : "Jumlah: " + rows + " informasi publik.", body));
            document.add(new Paragraph(" "));
            PdfPTable signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setKeepTogether(true);
            signatures.addCell(signature("Disetujui oleh\nAtasan PPID " + heading.tenantName()));
            signatures.addCell(signature("Ditetapkan di ____________, " + DATE.format(heading.asOf())
                    + "\nPejabat Pengelola Informasi dan Dokumentasi (PPID)\n" + heading.tenantName()));
            document.add(signatures);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Informasi yang dikecualikan tidak termasuk dalam daftar ini (Peraturan "
                    + "Komisi Informasi Nomor 1 Tahun 2021). Dokumen ini dibuat secara elektronik oleh Terbuka.",
                    small));
        } catch (DocumentException e) {
            throw new IOException("could not finish the DIP document", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private PdfPTable newTable() {
        PdfPTable next = new PdfPTable(WIDTHS);
        next.setWidthPercentage(100);
        next.setHeaderRows(1);
        for (String header : DipRow.HEADERS) {
            PdfPCell c = cell(header, head, Element.ALIGN_CENTER);
            c.setBackgroundColor(new Color(230, 230, 230));
            next.addCell(c);
        }
        return next;
    }

    private void flushTable() throws IOException {
        if (table != null && table.size() > table.getHeaderRows()) {
            try {
                document.add(table);
            } catch (DocumentException e) {
                throw new IOException("could not write the DIP table", e);
            }
        }
        table = null;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(alignment);
        c.setPadding(3);
        return c;
    }

    private PdfPCell signature(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text + "\n\n\n\n(________________________)", body));
        c.setBorder(0);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private void centered(String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }
}
