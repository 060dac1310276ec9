package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** PPID utama assigned (or reassigned) a request to a unit (OPD) whose PPID pelaksana handles it. */
public record RequestAssigned(
        String requestId,
        String tenant,
        String registrationNumber,
        String unitId,
        String previousUnitId,
        Instant assignedAt) {

    public static final EventType<RequestAssigned> TYPE =
            new EventType<>("id.terbuka.request.request-assigned.v1", Topics.REQUEST, RequestAssigned.class);
}
