package id.terbuka.complaint.duplicate;

/** Great-circle distance on the WGS84 mean radius; plenty for "within a few hundred metres". */
final class Distance {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distance() {
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude spanning {@code metres}. */
    static double latitudeDegrees(double metres) {
        return Math.toDegrees(metres / EARTH_RADIUS_METRES);
    }

    /** Degrees of longitude spanning {@code metres} at {@code latitude}. */
    static double longitudeDegrees(double metres, double latitude) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return Math.toDegrees(metres / (EARTH_RADIUS_METRES * cos));
    }
}
