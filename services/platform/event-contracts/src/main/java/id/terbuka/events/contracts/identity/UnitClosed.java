package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** A unit was closed (merged or dissolved); its history stays, it takes no new work. */
public record UnitClosed(
        String unitId,
        String tenant,
        long revision) {

    public static final EventType<UnitClosed> TYPE =
            new EventType<>("id.terbuka.identity.unit-closed.v1", Topics.IDENTITY, UnitClosed.class);
}
