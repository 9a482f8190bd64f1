package io.corroborate.model;

/** A latitude/longitude bounding box, e.g. a case's area of interest. */
public record Area(double south, double west, double north, double east) {
    public Area {
        new GeoPoint(south, west);
        new GeoPoint(north, east);
        if (south > north) {
            throw new IllegalArgumentException("area: south " + south + " is north of north " + north);
        }
        if (west > east) {
            throw new IllegalArgumentException("area: west " + west + " is east of east " + east + " (boxes across the antimeridian are not supported)");
        }
    }

    public boolean contains(GeoPoint p) {
        return p.lat() >= south && p.lat() <= north && p.lon() >= west && p.lon() <= east;
    }

    /** Whether a place could lie inside the box, given its uncertainty radius. */
    public boolean couldContain(Place place) {
        if (contains(place.point())) {
            return true;
        }
        double lat = Math.max(south, Math.min(north, place.point().lat()));
        double lon = Math.max(west, Math.min(east, place.point().lon()));
        return new GeoPoint(lat, lon).distanceMetres(place.point()) <= place.radiusMetres();
    }
}
