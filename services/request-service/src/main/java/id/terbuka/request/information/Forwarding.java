package id.terbuka.request.information;

import java.time.Instant;

/**
 * The link between a request and its copy in another tenant on this platform (UU KIP Pasal 22(7)b: the body names
 * who holds the information; here it also hands the request over). On the original, {@code tenant} is the target
 * and {@code registrationNumber} the linked request's number (null until it exists); on the linked request,
 * {@code tenant} and {@code registrationNumber} name the original.
 */
public record Forwarding(String tenant, String tenantName, String requestId, String registrationNumber,
                         String reason, Instant at) {

    Forwarding withRegistrationNumber(String number) {
        return new Forwarding(tenant, tenantName, requestId, number, reason, at);
    }
}
