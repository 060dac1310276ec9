package id.terbuka.platform.events.it;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.platform.events.consume.EventSubscription;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A minimal service using the event machinery: one aggregate that publishes, one subscription that counts. */
@SpringBootApplication
class EventsTestApplication {

    static final String APPLIED = "applied_registrations";

    /** Counts how often the effect ran per slug — an idempotent consumer leaves every count at 1. */
    @Bean
    EventSubscription<TenantRegistered> countRegistrations(MongoTemplate mongo) {
        return EventSubscription.on(TenantRegistered.TYPE, event -> {
            if (event.payload().slug().startsWith("poison-")) {
                throw new IllegalStateException("handler failure for " + event.payload().slug());
            }
            mongo.findAndModify(Query.query(Criteria.where("_id").is(event.payload().slug())),
                    new Update().inc("count", 1).set("tenant", event.tenant()),
                    FindAndModifyOptions.options().upsert(true), Document.class, APPLIED);
        });
    }
}
