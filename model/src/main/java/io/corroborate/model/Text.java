package io.corroborate.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Small helpers for validating record components. */
public final class Text {
    private Text() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return s;
    }

    public static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    public static <T> Set<T> set(Set<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }

    /** An unmodifiable copy sorted by key, so that output order never depends on hashing. */
    public static <K extends Comparable<K>, V> Map<K, V> sortedMap(Map<K, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
