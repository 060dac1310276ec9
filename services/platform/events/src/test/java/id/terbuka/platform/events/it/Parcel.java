package id.terbuka.platform.events.it;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.platform.events.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A test aggregate that records a TenantRegistered event per call. */
@Document("parcels")
class Parcel extends AggregateRoot {

    @Id
    private final String id;
    private int events;

    Parcel(String id) {
        this.id = id;
    }

    void register(String slug, Instant now) {
        events++;
        recordEvent(TenantRegistered.TYPE, slug,
                new TenantRegistered(id, slug, "Kabupaten " + slug, "64.08", "Kalimantan Timur", "Asia/Makassar", null, null, null), now);
    }

    String id() {
        return id;
    }

    @Override
    protected String aggregateId() {
        return id;
    }
}
