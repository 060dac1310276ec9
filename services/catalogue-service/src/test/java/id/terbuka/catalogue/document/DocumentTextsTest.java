package id.terbuka.catalogue.document;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.mongodb.client.gridfs.GridFSBucket;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Tika reads the text of real files streamed from GridFS, up to the cap; an unreadable file has none. */
class DocumentTextsTest {

    static String extract(int maxChars, byte[] content, String filename) {
        return new DocumentTexts(mock(GridFSBucket.class), mock(MongoTemplate.class), maxChars)
                .extract(new ByteArrayInputStream(content), filename);
    }

    @Test
    void thePdfsTextIsExtracted() throws Exception {
        String text = extract(100_000, pdf("Realisasi anggaran pendidikan triwulan ketiga mencapai 74 persen."),
                "lra.pdf");
        assertThat(text).contains("Realisasi anggaran pendidikan triwulan ketiga");
    }

    @Test
    void theTextIsCappedAndPlainTextIsReadToo() {
        byte[] long_ = "kata ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        String text = extract(1_000, long_, "catatan.txt");
        assertThat(text).startsWith("kata kata").hasSizeLessThanOrEqualTo(1_000);
    }

    @Test
    void aBrokenFileHasNoText() {
        byte[] broken = "%PDF-1.7\nnot really a pdf\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(extract(1_000, broken, "rusak.pdf")).isEmpty();
    }

    static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
