package id.terbuka.request.information;

import java.util.EnumSet;
import java.util.Set;

/** API.md statuses; the five outcomes of a decision are statuses too. */
public enum RequestStatus {
    REGISTERED, IN_PROGRESS, EXTENDED, GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD, NOT_YET_DOCUMENTED, CLOSED;

    /** Waiting for the written notice: the clock runs and the request can be overdue. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(REGISTERED, IN_PROGRESS, EXTENDED);

    public boolean open() {
        return OPEN.contains(this);
    }
}
