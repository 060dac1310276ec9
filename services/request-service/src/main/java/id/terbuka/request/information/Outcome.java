package id.terbuka.request.information;

/** What the written notice (pemberitahuan tertulis, UU 14/2008 Pasal 22(7)) says. */
public enum Outcome {
    GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD, NOT_YET_DOCUMENTED;

    RequestStatus status() {
        return RequestStatus.valueOf(name());
    }
}
