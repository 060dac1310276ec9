package id.terbuka.complaint.open311;

import id.terbuka.events.contracts.identity.ApiClientRegistered;
import id.terbuka.events.contracts.identity.ApiClientRevoked;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The API clients identity-service registered, as a local copy (from {@code ApiClientRegistered} /
 * {@code ApiClientRevoked} on identity.events): a client of a tenant with the {@code complaints:write} scope may post
 * Open311 requests there, its client id being the {@code api_key}. The events carry no secret (identity keeps only a
 * hash of it), so the key is the random client id: unguessable and revocable, but, as with every Open311 key, not
 * a secret an app can keep from its users. Revocation wins whatever order the two events arrive in.
 */
@Component
public class Open311Clients {

    public static final String SCOPE = "complaints:write";
    static final String COLLECTION = "open311_clients";

    private final MongoTemplate mongo;

    Open311Clients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(COLLECTION)
    record Client(@Id String clientId, String tenant, String name, List<String> scopes, boolean revoked) {
    }

    /** Idempotent: an upsert keyed by client id that never clears a revocation. */
    public void registered(ApiClientRegistered client) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(client.clientId())),
                new Update().set("tenant", client.tenant()).set("name", client.name())
                        .set("scopes", client.scopes() == null ? List.of() : client.scopes())
                        .setOnInsert("revoked", false),
                    FindAndModifyOptions.options().upsert(true), Client.class);
    }

    public void revoked(ApiClientRevoked client) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(client.clientId())),
                new Update().set("revoked", true).setOnInsert("tenant", client.tenant())
                        .setOnInsert("scopes", List.of()),
                FindAndModifyOptions.options().upsert(true), Client.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscriptions {

        @Bean
        EventSubscription<ApiClientRegistered> open311ClientRegistered(Open311Clients clients) {
            return EventSubscription.on(ApiClientRegistered.TYPE, event -> clients.registered(event.payload()));
        }

        @Bean
        EventSubscription<ApiClientRevoked> open311ClientRevoked(Open311Clients clients) {
            return EventSubscription.on(ApiClientRevoked.TYPE, event -> clients.revoked(event.payload()));
        }
    }

    /** A live client of {@code tenant} allowed to write complaints. */
    public boolean mayPost(String apiKey, String tenant) {
        Client client = mongo.findById(apiKey, Client.class);
        return client != null && !client.revoked() && tenant.equals(client.tenant()) && client.scopes() != null
                && client.scopes().contains(SCOPE);
    }
}
