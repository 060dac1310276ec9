package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The requester filed a keberatan with the atasan PPID (UU KIP Pasal 35–36).
 *
 * @param ground          Pasal 35(1) letter {@code A}..{@code G}
 * @param responseDueDate tenant-local date by which the atasan PPID must answer (30 working days)
 */
public record ObjectionFiled(
        String requestId,
        String tenant,
        String registrationNumber,
        String objectionNumber,
        String ground,
        Instant filedAt,
        LocalDate responseDueDate) {

    public static final EventType<ObjectionFiled> TYPE =
            new EventType<>("id.terbuka.request.objection-filed.v1", Topics.REQUEST, ObjectionFiled.class);
}
