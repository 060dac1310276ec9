package id.terbuka.complaint.complaint;

import id.terbuka.platform.crypto.FieldCipher;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Where to send replies for a complaint whose reporter is anonymous or came through a messaging channel: kept apart
 * from the complaint in its own collection, AES-GCM-sealed, and read by no endpoint (only by the reply sender).
 * Staff views of an anonymous complaint therefore cannot show who filed it.
 */
@Component
public class ReplyContacts {

    static final String COLLECTION = "reply_contacts";

    private final MongoTemplate mongo;
    private final FieldCipher box;

    ReplyContacts(MongoTemplate mongo, FieldCipher box) {
        this.mongo = mongo;
        this.box = box;
    }

    @Document(COLLECTION)
    record ReplyContact(@Id String complaintId, String tenant, String kind, String sealedAddress) {
    }

    /** @param kind EMAIL, PHONE, WHATSAPP or TELEGRAM */
    public void keep(String complaintId, String tenant, String kind, String address) {
        if (address == null || address.isBlank()) {
            return;
        }
        mongo.save(new ReplyContact(complaintId, tenant, kind,
                box.seal(address.strip(), "reply:" + complaintId + ":" + kind)));
    }

    /** The opened address, for the reply sender only. */
    public record Contact(String kind, String address) {
        @Override
        public String toString() {
            return "Contact[" + kind + "]";
        }
    }

    /** The kind of contact kept (EMAIL, PHONE, ...), without opening it. */
    public java.util.Optional<String> kind(String complaintId) {
        return java.util.Optional.ofNullable(mongo.findById(complaintId, ReplyContact.class)).map(ReplyContact::kind);
    }

    public java.util.Optional<Contact> open(String complaintId) {
        ReplyContact stored = mongo.findById(complaintId, ReplyContact.class);
        if (stored == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Contact(stored.kind(),
                box.open(stored.sealedAddress(), "reply:" + complaintId + ":" + stored.kind())));
    }
}
