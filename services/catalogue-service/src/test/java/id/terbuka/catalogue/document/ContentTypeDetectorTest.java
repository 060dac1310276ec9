package id.terbuka.catalogue.document;

import id.terbuka.catalogue.CatalogueSettings;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The type comes from the bytes, containers included; the name never overrides the bytes. */
class ContentTypeDetectorTest {

    final ContentTypeDetector detector = new ContentTypeDetector();

    @Test
    void aPdfIsAPdfWhateverItIsCalled() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(detect(pdf, "laporan.pdf")).isEqualTo("application/pdf");
        assertThat(detect(pdf, "laporan.txt")).isEqualTo("application/pdf");
    }

    @Test
    void anExecutableNamedPdfIsAnExecutableAndNotAllowed() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        String type = detect(exe, "laporan-keuangan.pdf");
        assertThat(type).isNotEqualTo("application/pdf");
        assertThat(CatalogueSettings.DEFAULT_ALLOWED_TYPES).doesNotContain(type);
    }

    @Test
    void officeFilesAreRecognisedByTheirContentAndAPlainZipIsNotAWordFileByItsName() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("Standar operasional prosedur");
            word.write(docx);
        }
        String wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertThat(detect(docx.toByteArray(), "sop.docx")).isEqualTo(wordType);
        assertThat(detect(docx.toByteArray(), "sop.zip")).isEqualTo(wordType);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook excel = new XSSFWorkbook()) {
            excel.createSheet("APBD").createRow(0).createCell(0).setCellValue("Belanja");
            excel.write(xlsx);
        }
        assertThat(detect(xlsx.toByteArray(), "apbd.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("setup.exe"));
            out.write(new byte[]{'M', 'Z', 0, 0});
            out.closeEntry();
        }
        String plainZip = detect(zip.toByteArray(), "sop.docx");
        assertThat(plainZip).isEqualTo("application/zip");
        assertThat(CatalogueSettings.DEFAULT_ALLOWED_TYPES).doesNotContain(plainZip);
    }

    @Test
    void htmlNamedTxtIsHtmlAndNotAllowed() throws IOException {
        String html = detect("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "catatan.txt");
        assertThat(html).isEqualTo("text/html");
        assertThat(CatalogueSettings.DEFAULT_ALLOWED_TYPES).doesNotContain(html);
    }

    @Test
    void csvAndPlainTextAndImages() throws IOException {
        assertThat(detect("no;nama\n1;APBD\n".getBytes(StandardCharsets.UTF_8), "daftar.csv")).isEqualTo("text/csv");
        assertThat(detect("Pengumuman banjir".getBytes(StandardCharsets.UTF_8), "info.txt")).isEqualTo("text/plain");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(detect(png, "peta.png")).isEqualTo("image/png");
    }

    private String detect(byte[] bytes, String name) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(new BufferedInputStream(new ByteArrayInputStream(bytes)))) {
            String type = detector.detect(in, name);
            assertThat(in.readAllBytes()).as("stream left at its start").isEqualTo(bytes);
            return type;
        }
    }
}
