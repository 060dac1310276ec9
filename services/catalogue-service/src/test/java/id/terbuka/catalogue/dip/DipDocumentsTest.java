package id.terbuka.catalogue.dip;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV and PDF writers, read back with standard parsers (Commons CSV, PDFBox). */
class DipDocumentsTest {

    static final DipHeading HEADING = new DipHeading("kutai-timur", "Kabupaten Kutai Timur", "BPKAD",
            "Badan Pengelolaan Keuangan dan Aset Daerah", LocalDate.of(2026, 3, 2));

    static List<DipRow> rows(int count) {
        List<DipRow> rows = new ArrayList<>();
        rows.add(new DipRow(1, "e-1", "APBD 2026", "Anggaran pendapatan, belanja dan \"pembiayaan\" daerah",
                "Kepala BPKAD, Badan Pengelolaan Keuangan dan Aset Daerah", "Sekretaris BPKAD",
                "2 Januari 2026, Sangatta", "Softcopy", "5 tahun aktif,\r\n5 tahun inaktif", "Informasi berkala"));
        for (int i = 2; i <= count; i++) {
            rows.add(new DipRow(i, "e-" + i, "Laporan kinerja " + i, "Capaian kinerja triwulan " + i,
                    "Kepala Bidang " + i, "Kasubbag Program", "1 Maret 2026, Sangatta", "Hardcopy", "10 tahun",
                    "Informasi tersedia setiap saat"));
        }
        return rows;
    }

    static byte[] render(DipWriter writer, ByteArrayOutputStream out, List<DipRow> rows) throws IOException {
        writer.begin(HEADING);
        for (DipRow row : rows) {
            writer.row(row);
        }
        writer.end(rows.size());
        return out.toByteArray();
    }

    @Test
    void theCsvStartsWithABomAndParsesBackToTheSameCellsInPerkiOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<DipRow> rows = rows(3);
        byte[] csv = render(new DipCsv(out), out, rows);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("No,Ringkasan isi informasi,Pejabat atau unit/satuan kerja yang menguasai "
                + "informasi,Penanggung jawab pembuatan atau penerbitan informasi,Waktu dan tempat pembuatan "
                + "informasi,Bentuk informasi yang tersedia,Jangka waktu penyimpanan atau retensi arsip,"
                + "Jenis informasi\r\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(DipRow.HEADERS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(records.get(i).values()).containsExactlyElementsOf(rows.get(i).cells());
            }
            assertThat(records.get(0).get("Ringkasan isi informasi"))
                    .isEqualTo("APBD 2026 — Anggaran pendapatan, belanja dan \"pembiayaan\" daerah");
            assertThat(records.get(0).get("Jangka waktu penyimpanan atau retensi arsip"))
                    .isEqualTo("5 tahun aktif,\r\n5 tahun inaktif");
        }
    }

    @Test
    void anEmptyCsvHasOnlyTheHeaderLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(render(new DipCsv(out), out, List.of()), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
    }

    @Test
    void thePdfCarriesHeadingEveryRowCountAndSignatures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // more rows than one block, so the table is written in parts across pages
        List<DipRow> rows = rows(450);
        byte[] pdf = render(new DipPdf(out), out, rows);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("DAFTAR INFORMASI PUBLIK", "PPID Kabupaten Kutai Timur",
                    "Badan Pengelolaan Keuangan dan Aset Daerah", "Keadaan per 2 Maret 2026",
                    "Ringkasan isi informasi", "retensi arsip", "Jumlah: 450 informasi publik.",
                    "Atasan PPID", "Pejabat Pengelola Informasi dan Dokumentasi");
            for (DipRow row : rows) {
                assertThat(text).contains(row.title());
            }
            assertThat(text.indexOf("Laporan kinerja 2\n")).isLessThan(text.indexOf("Laporan kinerja 449"));
        }
    }
}
