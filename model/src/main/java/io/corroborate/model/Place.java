package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where something happened: a point with an uncertainty radius, and the landmark it came from, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(GeoPoint point, double radiusMetres, String landmark, String name) {
    public Place {
        if (point == null) {
            throw new IllegalArgumentException("a place needs a point");
        }
        if (!(radiusMetres >= 0)) {
            throw new IllegalArgumentException("a place radius must not be negative");
        }
        landmark = Text.blankToNull(landmark);
        name = Text.blankToNull(name);
    }

    /** Distance between the two points, less both uncertainty radii (never below zero). */
    public double minimumDistanceMetres(Place other) {
        return Math.max(0, point.distanceMetres(other.point) - radiusMetres - other.radiusMetres);
    }

    /** A readable label: the landmark's name, or the coordinates. */
    public String label() {
        if (name != null) {
            return name;
        }
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f", point.lat(), point.lon());
    }
}
