package id.terbuka.request.information;

/**
 * Who files a request: the public (no token), a signed-in citizen (the request is linked to the account), or PPID
 * staff recording a request that arrived offline ({@code unit} is a PPID pelaksana's unit, which then handles it).
 */
public record Filer(Kind kind, String subject, String unit) {

    public enum Kind { PUBLIC, CITIZEN, STAFF }

    public static final Filer PUBLIC = new Filer(Kind.PUBLIC, null, null);

    public boolean staff() {
        return kind == Kind.STAFF;
    }
}
