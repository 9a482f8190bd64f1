package io.corroborate.importer.witness;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Small helpers for the raw text fields of witness sheets and interview files. */
final class Fields {
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _/.-]{0,63}");

    private Fields() {
    }

    /** A field's value stripped, or "" when absent. */
    static String get(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip();
    }

    /** yes/no, true/false, y/n, 1/0; empty is no. */
    static boolean yesNo(String value, String what) throws InvalidRecord {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "no", "n", "false", "0" -> false;
            case "yes", "y", "true", "1" -> true;
            default -> throw new InvalidRecord(what + " '" + shorten(value) + "' is neither yes nor no");
        };
    }

    /** A duration such as 15m or 1h30m, or {@code null} when the text is not one (or is negative). */
    static java.time.Duration duration(String text) {
        try {
            java.time.Duration d = io.corroborate.model.Durations.parse(text);
            return d.isNegative() ? null : d;
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    static boolean isPlainLabel(String s) {
        return LABEL.matcher(s).matches();
    }

    /** A normalised field name as a kebab-case key, without a {@code sensitive_} marker. */
    static String kebab(String field) {
        String f = field.startsWith("sensitive_") && field.length() > "sensitive_".length() ? field.substring("sensitive_".length()) : field;
        return f.replace('_', '-');
    }

    /** At most 40 characters of a value, for messages. */
    static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }
}
