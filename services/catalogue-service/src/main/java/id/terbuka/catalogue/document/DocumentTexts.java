package id.terbuka.catalogue.document;

import com.mongodb.client.gridfs.GridFSBucket;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.util.Collection;

/**
 * The text of stored documents, for search. Extracted once, when a file is added, by Apache Tika (the standard
 * parser package: PDF, office and OpenDocument files, text) streaming from GridFS, and capped
 * ({@code terbuka.catalogue.search.max-text-chars}, default 100,000 characters per file). Kept in MongoDB
 * (collection {@code document_texts}, keyed by the file's GridFS id) so that the search index can be rebuilt without
 * parsing again. A file Tika cannot read (a scan without text, a damaged file) simply has no text.
 */
@Component
public class DocumentTexts {

    public static final String COLLECTION = "document_texts";
    private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

    private final GridFSBucket bucket;
    private final MongoTemplate mongo;
    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    public DocumentTexts(GridFSBucket bucket, MongoTemplate mongo,
                         @Value("${terbuka.catalogue.search.max-text-chars:100000}") int maxChars) {
        this.bucket = bucket;
        this.mongo = mongo;
        this.maxChars = maxChars;
    }

    /** Extracts the text of a stored file and keeps it; returns it (empty when there is none). */
    public String extractAndKeep(String documentId, String filename, String tenant, String entryId) {
        String text;
        try (InputStream in = bucket.openDownloadStream(new ObjectId(documentId))) {
            text = extract(in, filename);
        } catch (java.io.IOException | RuntimeException e) {
            log.info("No text from document {} ({}): {}", documentId, filename, e.toString());
            text = "";
        }
        if (!text.isEmpty()) {
            mongo.save(new Document("_id", new ObjectId(documentId)).append("tenant", tenant).append("entryId", entryId)
                    .append("text", text), COLLECTION);
        }
        return text;
    }

    /** The kept texts of these files, joined; empty when there are none. */
    public String textOf(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return "";
        }
        Query query = Query.query(Criteria.where("_id").in(documentIds.stream().map(ObjectId::new).toList()));
        query.fields().include("text");
        StringBuilder all = new StringBuilder();
        for (Document text : mongo.find(query, Document.class, COLLECTION)) {
            all.append(text.getString("text")).append('\n');
        }
        return all.toString();
    }

    public void delete(String documentId) {
        mongo.remove(Query.query(Criteria.where("_id").is(new ObjectId(documentId))), COLLECTION);
    }

    /** The text Tika finds in the stream, at most the cap; empty for a file it cannot read. */
    String extract(InputStream in, String filename) {
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        if (filename != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        try {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("No text from {}: {}", filename, e.toString());
                return "";
            }
            // the cap was reached: keep what was read
        }
        return normalise(handler.toString());
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
