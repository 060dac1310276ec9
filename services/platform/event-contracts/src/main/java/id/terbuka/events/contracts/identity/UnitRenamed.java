package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** A unit's code or name changed; the payload is its complete new state. */
public record UnitRenamed(
        String unitId,
        String tenant,
        String code,
        String name,
        String kind,
        long revision) {

    public static final EventType<UnitRenamed> TYPE =
            new EventType<>("id.terbuka.identity.unit-renamed.v1", Topics.IDENTITY, UnitRenamed.class);
}
