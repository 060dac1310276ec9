package id.terbuka.catalogue.dip;

import java.util.List;

/**
 * One line of the Daftar Informasi Publik, in the column order of Perki 1/2021 (§1.5 of the domain notes): number,
 * summary of the information, official or unit holding it, person responsible for producing it, time and place of
 * production, available form, retention. The category (jenis informasi) follows as the last column.
 */
public record DipRow(int number, String entryId, String title, String summary, String holder,
                     String responsiblePerson, String producedWhenWhere, String form, String retention,
                     String category) {

    /** The column headers, in the order the rows are written. */
    public static final List<String> HEADERS = List.of(
            "No",
            "Ringkasan isi informasi",
            "Pejabat atau unit/satuan kerja yang menguasai informasi",
            "Penanggung jawab pembuatan atau penerbitan informasi",
            "Waktu dan tempat pembuatan informasi",
            "Bentuk informasi yang tersedia",
            "Jangka waktu penyimpanan atau retensi arsip",
            "Jenis informasi");

    /** Title and summary in one cell, as the Perki column asks for a summary of the content. */
    public String summaryCell() {
        return title + " — " + summary;
    }

    public List<String> cells() {
        return List.of(Integer.toString(number), summaryCell(), holder, responsiblePerson,
                producedWhenWhere, form, retention, category);
    }
}
