package jp.miyazaki.kyodo.catalog;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A position on the earth in WGS 84 degrees, as LINE's location messages and map links give it. Distances are
 * great-circle distances (haversine) on a sphere of the earth's mean radius: within the city that is off by well
 * under one percent, far less than the walk to a door.
 */
public record GeoPoint(double latitude, double longitude) {

    /** The earth's mean radius in metres (IUGG). */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180: " + longitude);
        }
    }

    /** The great-circle distance to {@code other}, in metres. */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        // min() keeps rounding from pushing antipodal points past 1, where asin is undefined.
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** {@code latitude,longitude} as map links and postbacks write it (e.g. {@code 32.0286,131.4271}). */
    public String text() {
        return plain(latitude) + "," + plain(longitude);
    }

    /** The point {@code latitude,longitude} writes; empty when it is not one. */
    public static Optional<GeoPoint> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
