package io.corroborate.importer.facebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Typed reads from a record read by {@link Json#value}, and the small conversions the importers share. */
final class Values {
    /** 9999-12-31T23:59:59Z: anything later is not a time a platform wrote. */
    private static final BigDecimal MAX_EPOCH = BigDecimal.valueOf(253_402_300_799L);

    private Values() {
    }

    static String text(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static BigDecimal number(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof BigDecimal d ? d : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof Map<?, ?> o ? (Map<String, Object>) o : null;
    }

    static List<?> list(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** A UNIX time in seconds; {@code null} when it is zero (Facebook's "unknown"), negative or after year 9999. */
    static Instant epoch(BigDecimal seconds) {
        if (seconds == null || seconds.signum() <= 0 || seconds.compareTo(MAX_EPOCH) > 0) {
            return null;
        }
        BigDecimal scaled = seconds.setScale(9, RoundingMode.HALF_EVEN);
        long whole = scaled.longValue();
        long nanos = scaled.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    /** A number as plain decimal text ({@code 43.2389}, never {@code 4.32389E1}). */
    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * A name made fit for an item id: NFC, whitespace runs become {@code .}, only letters, digits,
     * marks and {@code . _ -} are kept; {@code null} when nothing is left.
     */
    static String idPart(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", ".");
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '.' || c == '_' || c == '-').forEach(b::appendCodePoint);
        return b.length() == 0 ? null : b.toString();
    }

    /** Whether {@code url} is an absolute http(s) URL (anything else is not kept as a link). */
    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://")) && u.length() > 8 && u.chars().noneMatch(Character::isWhitespace);
    }
}
