package id.terbuka.complaint.complaint;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, for the abuse limit. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * With {@code trustForwardedFor}, the last {@code X-Forwarded-For} entry: the one appended by our gateway, which a
     * client cannot forge (entries before it can be). Otherwise the socket's peer.
     */
    public static String of(HttpServletRequest request, boolean trustForwardedFor) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return request.getRemoteAddr();
    }
}
