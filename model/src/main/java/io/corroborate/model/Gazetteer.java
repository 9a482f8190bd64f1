package io.corroborate.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code place} clue values: a landmark id, name or alias (case-insensitive), or
 * {@code lat,lon[,radius_m]}.
 */
public final class Gazetteer {
    private final Map<String, Landmark> byKey = new HashMap<>();

    public Gazetteer(List<Landmark> landmarks) {
        for (Landmark l : landmarks) {
            byKey.put(key(l.id()), l);
        }
        for (Landmark l : landmarks) {
            byKey.putIfAbsent(key(l.name()), l);
            for (String a : l.aliases()) {
                byKey.putIfAbsent(key(a), l);
            }
        }
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Landmark> landmark(String idOrName) {
        return Optional.ofNullable(byKey.get(key(idOrName)));
    }

    /**
     * The place a clue value names.
     *
     * @throws IllegalArgumentException when the value is neither a known landmark nor valid coordinates
     */
    public Place resolve(String value) {
        String v = value == null ? "" : value.strip();
        Landmark l = byKey.get(key(v));
        if (l != null) {
            return l.toPlace();
        }
        String[] parts = v.split(",");
        if (parts.length == 2 || parts.length == 3) {
            try {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                double r = parts.length == 3 ? Double.parseDouble(parts[2].strip()) : 0;
                return new Place(new GeoPoint(lat, lon), r, null, null);
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("'" + v + "' is neither a landmark of the gazetteer nor lat,lon[,radius_m]");
    }
}
