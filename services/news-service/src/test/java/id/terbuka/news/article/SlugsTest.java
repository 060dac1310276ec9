package id.terbuka.news.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void transliteratesLowerCasesAndDashes() {
        assertThat(Slugs.base("Bupati Resmikan Jembatan Sangatta–Bengalon, Rp 12 Miliar!"))
                .isEqualTo("bupati-resmikan-jembatan-sangatta-bengalon-rp-12-miliar");
        assertThat(Slugs.base("Café Élégant di Kota Bangun")).isEqualTo("cafe-elegant-di-kota-bangun");
        assertThat(Slugs.base("  HUT ke-27 Kabupaten  ")).isEqualTo("hut-ke-27-kabupaten");
        assertThat(Slugs.base("ISTIMEWA")).isEqualTo("istimewa");
    }

    @Test
    void neverEmptyNorAReservedPathNorTooLong() {
        assertThat(Slugs.base("!!!")).isEqualTo("berita");
        assertThat(Slugs.base("Activity")).isEqualTo("activity-berita");
        assertThat(Slugs.base("Editorial")).isEqualTo("editorial-berita");
        String longTitle = "Pemerintah Kabupaten Kutai Timur melaksanakan rapat koordinasi penanganan stunting "
                + "bersama seluruh kecamatan dan puskesmas";
        String slug = Slugs.base(longTitle);
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).startsWith("pemerintah-kabupaten-kutai-timur").doesNotEndWith("-");
        assertThat(longTitle.toLowerCase().replace(' ', '-')).startsWith(slug);
    }

    @Test
    void suffixesForUniqueness() {
        assertThat(Slugs.withSuffix("rapat", 1)).isEqualTo("rapat");
        assertThat(Slugs.withSuffix("rapat", 2)).isEqualTo("rapat-2");
    }
}
