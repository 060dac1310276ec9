package id.terbuka.complaint.complaint;

/** Where the problem is; coordinates and/or an address. */
public record Location(Double lat, Double lon, String address) {
}
