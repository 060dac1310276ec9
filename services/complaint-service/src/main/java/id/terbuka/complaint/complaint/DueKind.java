package id.terbuka.complaint.complaint;

/** Which staff clock a complaint's {@code dueDate} belongs to. */
public enum DueKind {
    /** The coordinator verifies and dispatches (3 working days from receipt). */
    VERIFICATION,
    /** The unit posts its follow-up (5 working days from dispatch or reopening). */
    FOLLOW_UP
}
