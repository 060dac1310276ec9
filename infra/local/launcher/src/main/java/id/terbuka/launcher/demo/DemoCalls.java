package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls the demo steps of every service make the same way. */
final class DemoCalls {

    private DemoCalls() {
    }

    /** The JSON body of an answer that must have {@code status}; anything else stops the demo with what came. */
    static Object expect(ApiResponse response, int status, String what) throws DemoException {
        if (response.status() != status) {
            throw new DemoException(what + " answered " + response.summary());
        }
        try {
            return Json.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new DemoException(what + " did not answer JSON: " + e.getMessage());
        }
    }

    /** The tenant's units by code, e.g. {@code DISKOMINFO} → its id. */
    static Map<String, String> unitIds(PublicApi api, String tenant) throws DemoException {
        String path = "/api/v1/" + tenant + "/units";
        Object listing = expect(api.get(path), 200, "GET " + path);
        Map<String, String> ids = new HashMap<>();
        List<Object> units = listing instanceof List<?> ? Json.asList(listing) : Json.asList(Json.at(listing, "items"));
        for (Object unit : units) {
            if (Json.at(unit, "code") instanceof String code && Json.at(unit, "id") instanceof String id) {
                ids.put(code, id);
            }
        }
        return ids;
    }

    /** Every item of a paged list ({@code {items, totalPages}}), read 100 at a time. */
    static List<Object> allItems(PublicApi api, String path) throws DemoException {
        List<Object> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            Object listing = expect(api.get(path + separator + "size=100&page=" + page), 200, "GET " + path);
            List<Object> items = Json.asList(Json.at(listing, "items"));
            all.addAll(items);
            Object totalPages = Json.at(listing, "totalPages");
            if (items.isEmpty() || !(totalPages instanceof Number n) || page + 1 >= n.intValue()) {
                return all;
            }
        }
    }

    /** The API signed in as a demo account, logging in once per account. */
    static PublicApi signedIn(PublicApi api, Map<String, PublicApi> cache, String username) throws DemoException {
        PublicApi known = cache.get(username);
        if (known == null) {
            known = api.as(username);
            cache.put(username, known);
        }
        return known;
    }
}
