package io.corroborate.importer.facebook;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CrowdTangle's {@code Post Created}: {@code 2022-01-05 09:03:12 EST}, {@code ... +0600}, {@code ... +06},
 * {@code ... UTC}. The zone token is kept and converted; a time without one needs the source's zone.
 */
final class PostCreated {
    /** When the post was created: one instant, or a span when a local time fell in a DST overlap. */
    record Time(Instant start, Instant end) {
        boolean exact() {
            return start.equals(end);
        }

        String clueValue() {
            return exact() ? start.toString() : start + "/" + end;
        }
    }

    /**
     * Zone abbreviations read as one fixed offset (the offset the token itself states, so EST in July is still
     * UTC-5). CST is US Central, as CrowdTangle's US-made dashboard prints it; ambiguous ones such as IST are refused.
     */
    static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
            Map.entry("HST", ZoneOffset.ofHours(-10)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("ALMT", ZoneOffset.ofHours(6)));

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(\\S.*)?");
    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private PostCreated() {
    }

    /**
     * Parses {@code text}; {@code sourceZone} is used only when the text has no zone token.
     *
     * @throws IllegalArgumentException with the reason the record is skipped
     */
    static Time parse(String text, Optional<ZoneId> sourceZone) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Post Created '" + text + "' is not a date and time (expected e.g. 2022-01-05 09:03:12 EST)");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Post Created '" + text + "' is not a valid date and time: " + e.getMessage());
        }
        String token = m.group(7);
        if (token == null) {
            ZoneId zone = sourceZone.orElseThrow(() -> new IllegalArgumentException("Post Created '" + text
                    + "' has no time zone and the source has no timezone (case.yaml) or --source-zone"));
            return inZone(local, zone, text);
        }
        ZoneOffset offset = offset(token.strip());
        if (offset != null) {
            Instant at = local.toInstant(offset);
            return new Time(at, at);
        }
        if (token.contains("/")) {
            try {
                return inZone(local, ZoneId.of(token.strip()), text);
            } catch (DateTimeException e) {
                // not a zone id either: reported below
            }
        }
        throw new IllegalArgumentException("Post Created '" + text + "' has an unknown or ambiguous zone token '" + token.strip() + "'");
    }

    private static ZoneOffset offset(String token) {
        ZoneOffset named = ABBREVIATIONS.get(token.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        Matcher m = OFFSET.matcher(token.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || minutes > 59) {
            return null;
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A wall time in a region zone: a DST gap is an error, an overlap gives both readings as a span. */
    private static Time inZone(LocalDateTime local, ZoneId zone, String text) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            throw new IllegalArgumentException("Post Created '" + text + "' does not exist in " + zone.getId()
                    + (gap == null ? "" : " (clocks jumped at " + gap.getDateTimeBefore() + ")"));
        }
        Instant a = local.toInstant(offsets.get(0));
        Instant b = local.toInstant(offsets.get(offsets.size() - 1));
        return a.isBefore(b) ? new Time(a, b) : new Time(b, a);
    }
}
