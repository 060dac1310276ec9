package id.terbuka.catalogue.information;

import java.time.Instant;
import java.util.List;

/**
 * One change of an entry: who, when, which (API) fields. Creation is revision 1 with kind CREATED.
 *
 * @param by the subject (user id) of the token that made the change
 */
public record Revision(int number, String kind, Instant at, String by, List<String> fields) {

    public Revision {
        fields = List.copyOf(fields);
    }
}
