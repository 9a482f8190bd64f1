package io.corroborate.model;


import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Reads numeric case settings; a bad value is reported as a {@code bad-setting} finding and the default used. */
public final class CaseSettings {
    private CaseSettings() {
    }

    /** A distance in metres: {@code 500}, {@code 500m} or {@code 0.5km}. */
    public static double metres(Case c, String key, double fallback, String analysis, List<Finding> findings) {
        String raw = c.settings().get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        double factor = 1;
        if (v.endsWith("km")) {
            factor = 1000;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("m")) {
            v = v.substring(0, v.length() - 1);
        }
        return positive(v, factor, raw, key, fallback, "a distance in metres (e.g. 500, 500m, 0.5km)", analysis, findings);
    }

    /** A plain positive number, e.g. a speed in km/h. */
    public static double number(Case c, String key, double fallback, String analysis, List<Finding> findings) {
        String raw = c.settings().get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return positive(raw.strip(), 1, raw, key, fallback, "a number", analysis, findings);
    }

    /** A duration such as {@code 30m} or {@code 1h30m} ({@link Durations}). */
    public static Duration duration(Case c, String key, Duration fallback, String analysis, List<Finding> findings) {
        String raw = c.settings().get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Durations.parse(raw);
            if (!d.isNegative()) {
                return d;
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // reported below
        }
        findings.add(new Finding("bad-setting", Severity.WARNING, "case setting " + key + ": '" + raw
                + "' is not a duration (e.g. 30m, 1h30m) (" + analysis + " used the default " + Durations.format(fallback) + ")",
                List.of(), List.of()));
        return fallback;
    }

    /** One of the {@code allowed} words. */
    public static String choice(Case c, String key, String fallback, List<String> allowed, String analysis, List<Finding> findings) {
        String raw = c.settings().get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(v)) {
            return v;
        }
        findings.add(new Finding("bad-setting", Severity.WARNING, "case setting " + key + ": '" + raw + "' is not one of "
                + String.join(", ", allowed) + " (" + analysis + " used the default " + fallback + ")", List.of(), List.of()));
        return fallback;
    }

    private static double positive(String v, double factor, String raw, String key, double fallback, String expected,
                                   String analysis, List<Finding> findings) {
        try {
            double d = Double.parseDouble(v) * factor;
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        findings.add(new Finding("bad-setting", Severity.WARNING, "case setting " + key + ": '" + raw + "' is not " + expected
                + " (" + analysis + " used the default " + fallback + ")", List.of(), List.of()));
        return fallback;
    }
}
