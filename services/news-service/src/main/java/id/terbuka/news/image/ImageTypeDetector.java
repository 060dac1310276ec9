package id.terbuka.news.image;

import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;

/**
 * The type of an upload from its first bytes (magic numbers, tika-core), as catalogue-service does for documents:
 * the client's file name and Content-Type are never trusted, so an HTML page or an executable named
 * {@code foto.jpg} is recognised for what it is.
 */
class ImageTypeDetector {

    private final Tika tika = new Tika();

    /** The base type; {@code stream} must support mark/reset and is left at its start. */
    String detect(InputStream stream) throws IOException {
        if (!stream.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream with mark/reset");
        }
        String type = tika.detect(stream); // the bytes only: no name hint
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim();
    }
}
