package io.corroborate.model;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations of case files and clue sheets: {@code 90s}, {@code 5m}, {@code 2h}, {@code 1h30m}, {@code 1d}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(d|h|m|s)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (t.startsWith("pt") || t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        Matcher m = PART.matcher(t);
        int pos = 0;
        double seconds = 0;
        while (m.find() && m.start() == pos) {
            double n = Double.parseDouble(m.group(1));
            seconds += switch (m.group(2)) {
                case "d" -> n * 86400;
                case "h" -> n * 3600;
                case "m" -> n * 60;
                default -> n;
            };
            pos = m.end();
        }
        if (pos != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (expected e.g. 90s, 5m, 2h, 1h30m)");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The inverse of {@link #parse} for whole seconds: {@code 1h30m}, {@code 5m}, {@code 0s}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s < 0) {
            b.append('-');
            s = -s;
        }
        long days = s / 86400, h = s % 86400 / 3600, m = s % 3600 / 60, sec = s % 60;
        if (days > 0) b.append(days).append('d');
        if (h > 0) b.append(h).append('h');
        if (m > 0) b.append(m).append('m');
        if (sec > 0) b.append(sec).append('s');
        return b.toString();
    }
}
