package id.terbuka.catalogue.document;

import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;

/**
 * The content type of an upload from its first bytes (magic numbers), with the file name only as a hint that may
 * refine a generic result (a ZIP named {@code .docx}) but never override the bytes: an executable named
 * {@code laporan.pdf} is still an executable. Only tika-core's detectors: a ZIP or OLE2 container is not opened, so
 * its name decides between the office formats of the same container.
 */
public class ContentTypeDetector {

    private final Tika tika = new Tika();

    /** The base type (no parameters); {@code stream} must support mark/reset and is left at its start. */
    public String detect(InputStream stream, String filename) throws IOException {
        if (!stream.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream with mark/reset");
        }
        String type = tika.detect(stream, filename);
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim();
    }
}
