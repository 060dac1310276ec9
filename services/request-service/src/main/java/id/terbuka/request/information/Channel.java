package id.terbuka.request.information;

/** How the request arrived: {@code ONLINE} through this platform, the others recorded by PPID staff. */
public enum Channel {
    ONLINE, IN_PERSON, LETTER, POST, EMAIL, FAX, PHONE
}
