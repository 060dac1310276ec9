package id.terbuka.catalogue.search;

import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.platform.events.outbox.AggregateRoot;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * An entry as the index keeps it for the result page: the same BSON MongoDB holds, without the outbox, so a search
 * answers from the index alone (no store round trip per page) and an entry reads back exactly as from MongoDB.
 */
final class EntryCards {

    private final MongoConverter converter;
    /** The converter's codecs, so values it leaves to the driver (java.time) are written as MongoDB would. */
    private final DocumentCodec codec;

    EntryCards(MongoConverter converter) {
        this.converter = converter;
        this.codec = new DocumentCodec(converter.getCodecRegistry());
    }

    byte[] encode(InformationEntry entry) {
        Document document = new Document();
        converter.write(entry, document);
        document.remove(AggregateRoot.OUTBOX_FIELD);
        BasicOutputBuffer out = new BasicOutputBuffer();
        codec.encode(new BsonBinaryWriter(out), document, EncoderContext.builder().build());
        return out.toByteArray();
    }

    InformationEntry decode(byte[] bytes, int offset, int length) {
        Document document = new RawBsonDocument(bytes, offset, length).decode(codec);
        return converter.read(InformationEntry.class, document);
    }
}
