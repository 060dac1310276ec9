package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** An OPD (unit) was created in a tenant. */
public record UnitCreated(
        String unitId,
        String tenant,
        String code,
        String name,
        String kind) {

    public static final EventType<UnitCreated> TYPE =
            new EventType<>("id.terbuka.identity.unit-created.v1", Topics.IDENTITY, UnitCreated.class);
}
