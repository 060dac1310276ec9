package id.terbuka.launcher.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tenant of the demo province, as sent to {@code POST /api/v1/tenants}. */
public record DemoTenant(String slug, String name, String regionCode, String province, String timeZone) {

    public static final String PROVINCE = "Kalimantan Timur";
    public static final String ZONE = "Asia/Makassar";

    /** Kalimantan Timur and three of its regencies/cities (Kemendagri region codes). */
    public static final List<DemoTenant> KALTIM = List.of(
            new DemoTenant("kaltim", "Provinsi Kalimantan Timur", "64", PROVINCE, ZONE),
            new DemoTenant("kutai-kartanegara", "Kabupaten Kutai Kartanegara", "64.02", PROVINCE, ZONE),
            new DemoTenant("kutai-timur", "Kabupaten Kutai Timur", "64.08", PROVINCE, ZONE),
            new DemoTenant("samarinda", "Kota Samarinda", "64.72", PROVINCE, ZONE));

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slug", slug);
        json.put("name", name);
        json.put("regionCode", regionCode);
        json.put("province", province);
        json.put("timeZone", timeZone);
        return json;
    }
}
