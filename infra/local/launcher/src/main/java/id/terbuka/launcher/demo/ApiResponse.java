package id.terbuka.launcher.demo;

/** What the public API answered. */
public record ApiResponse(int status, String contentType, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Statuses that mean "not there yet" while the gateway learns the services from Eureka. */
    public boolean isTransient() {
        return status == 502 || status == 503 || status == 504;
    }

    public String summary() {
        String shortBody = body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "..." : body;
        return "HTTP " + status + (shortBody.isBlank() ? "" : " " + shortBody);
    }
}
