package io.corroborate.exporter.geojson;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure check of the RFC 7946 rules our files must meet: a FeatureCollection of Features whose
 * geometry is a Point of [lon, lat] in range, properties an object or null, an id a string or number,
 * no {@code crs} member (removed by RFC 7946), plus our own rule of at most six decimals.
 */
final class Rfc7946 {
    private Rfc7946() {
    }

    static List<String> violations(JsonNode root) {
        List<String> v = new ArrayList<>();
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            v.add("root type is not FeatureCollection");
        }
        if (root.has("crs")) {
            v.add("root has a crs member");
        }
        if (!root.path("features").isArray()) {
            v.add("features is not an array");
            return v;
        }
        int n = 0;
        for (JsonNode f : root.get("features")) {
            String at = "features[" + n++ + "]";
            if (!"Feature".equals(f.path("type").asText())) {
                v.add(at + ": type is not Feature");
            }
            if (f.has("id") && !(f.get("id").isTextual() || f.get("id").isNumber())) {
                v.add(at + ": id is neither string nor number");
            }
            if (!f.has("properties") || !(f.get("properties").isObject() || f.get("properties").isNull())) {
                v.add(at + ": properties missing or not an object");
            }
            JsonNode g = f.path("geometry");
            if (!"Point".equals(g.path("type").asText())) {
                v.add(at + ": geometry is not a Point");
                continue;
            }
            JsonNode c = g.path("coordinates");
            if (!c.isArray() || c.size() < 2 || c.size() > 3 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                v.add(at + ": coordinates are not [lon, lat]");
                continue;
            }
            double lon = c.get(0).asDouble();
            double lat = c.get(1).asDouble();
            if (lon < -180 || lon > 180) {
                v.add(at + ": longitude out of range " + lon);
            }
            if (lat < -90 || lat > 90) {
                v.add(at + ": latitude out of range " + lat);
            }
            for (JsonNode x : c) {
                if (x.decimalValue().stripTrailingZeros().scale() > 6) {
                    v.add(at + ": more than six decimals in " + x);
                }
            }
        }
        return v;
    }
}
