package id.terbuka.catalogue.document;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.io.IOException;
import java.util.Set;

/**
 * The content type of an upload from its bytes (magic numbers), with the file name only as a hint that may refine a
 * generic result but never override the bytes: an executable named {@code laporan.pdf} is still an executable.
 * The container detectors of Tika's parser package open a ZIP or OLE2 file and decide by its content: a plain ZIP
 * named {@code .docx} stays a ZIP (and is refused), a real Word file is Word whatever it is called.
 */
public class ContentTypeDetector {

    /** Containers whose content did not reveal an office format: the name must not make one of them. */
    private static final Set<String> GENERIC_CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/x-tika-ole");

    private final Tika tika = new Tika();

    /** The base type (no parameters); the stream is left at its start. */
    public String detect(TikaInputStream stream, String filename) throws IOException {
        String byBytes = typeOf(stream, null);
        if (filename == null || GENERIC_CONTAINERS.contains(byBytes)) {
            return byBytes;
        }
        // the name may still refine what the bytes say (plain text named .csv is CSV), never contradict it
        return typeOf(stream, filename);
    }

    private String typeOf(TikaInputStream stream, String filename) throws IOException {
        Metadata metadata = new Metadata();
        if (filename != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        String type = tika.detect(stream, metadata);
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim();
    }
}
