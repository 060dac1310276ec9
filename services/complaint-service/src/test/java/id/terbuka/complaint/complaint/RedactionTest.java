package id.terbuka.complaint.complaint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void masksContactsNikAndTheReportersName() {
        String text = "Saya Budi Santoso (NIK 3204011505900001), hubungi 0812-3456-7890 atau +62 81234567890 "
                + "atau budi@example.id. Jalan rusak sejak 2024, panjang 150 meter.";
        String redacted = Redaction.redact(text, "Budi Santoso");
        assertThat(redacted).doesNotContain("Budi", "3204011505900001", "0812-3456-7890", "81234567890",
                "budi@example.id").contains("Jalan rusak sejak 2024, panjang 150 meter.", Redaction.MASK);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(Redaction.redact("Lampu jalan mati di RT 03 RW 05 sejak 12 hari", null))
                .isEqualTo("Lampu jalan mati di RT 03 RW 05 sejak 12 hari");
        assertThat(Redaction.redact(null, "x")).isNull();
    }
}
