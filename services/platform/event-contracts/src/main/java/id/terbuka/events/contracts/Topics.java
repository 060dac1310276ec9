package id.terbuka.events.contracts;

/** One topic per bounded context; the key of every record is the aggregate id. */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String CATALOGUE = "catalogue.events";
    public static final String REQUEST = "request.events";
    public static final String COMPLAINT = "complaint.events";
    public static final String NEWS = "news.events";

    /** Poison messages of a topic are parked on {@code <topic>.dlt}. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
