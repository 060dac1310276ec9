package id.terbuka.catalogue.dip;

import java.io.IOException;

/** Receives the DIP row by row, so a large list is written while it is read (CSV and PDF). */
public interface DipWriter {

    void begin(DipHeading heading) throws IOException;

    void row(DipRow row) throws IOException;

    /** @param rows how many rows were written */
    void end(int rows) throws IOException;
}
