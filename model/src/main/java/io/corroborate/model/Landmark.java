package io.corroborate.model;

import java.util.List;

/** A named place in the case gazetteer ({@code landmarks.csv}). */
public record Landmark(String id, String name, List<String> aliases, GeoPoint point, double radiusMetres) {
    public Landmark {
        Text.requireText(id, "landmark id");
        Text.requireText(name, "landmark name");
        aliases = Text.list(aliases);
        if (point == null) {
            throw new IllegalArgumentException("landmark " + id + " has no position");
        }
        if (!(radiusMetres >= 0)) {
            throw new IllegalArgumentException("landmark " + id + " has a negative radius");
        }
    }

    public Place toPlace() {
        return new Place(point, radiusMetres, id, name);
    }
}
