package io.corroborate.importer.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for cell values. */
final class Cells {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    private Cells() {
    }

    /** At most 40 characters of a value, control characters as spaces, for messages. */
    static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }

    /** yes/true/1/y → true; anything else false. */
    static boolean yes(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            default -> false;
        };
    }

    /** An id part: no white space or control characters, at most 300 characters. */
    static boolean plainId(String s) {
        return !s.isEmpty() && s.length() <= 300 && s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** Splits a list cell on the given separators, dropping blanks. */
    static List<String> split(String cell, String separatorRegex) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split(separatorRegex)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /**
     * A SHA-256 digest written as 64 hex digits, optionally prefixed {@code SHA-256:} (auto-archiver), as
     * lower-case hex; {@code null} when the text is another algorithm or no digest.
     */
    static String sha256(String cell) {
        String v = cell.strip();
        int colon = v.indexOf(':');
        if (colon >= 0) {
            String algorithm = v.substring(0, colon).strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
            if (!algorithm.equals("sha256")) {
                return null;
            }
            v = v.substring(colon + 1).strip();
        }
        return HEX64.matcher(v).matches() ? v.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether a URL is an absolute http(s) URL (the only kind kept for media and links). */
    static boolean webUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return (l.startsWith("http://") || l.startsWith("https://")) && s.length() <= 4000
                && s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
