package io.corroborate.importer.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a time cell in one format: {@code iso} (ISO-8601 with or without offset, a space allowed for
 * {@code T}, or a date alone), {@code epoch} (seconds, fractions allowed), {@code epoch-millis}, or a
 * {@link DateTimeFormatter} pattern. Times without an offset are read in {@code zone}; without a zone
 * they are refused, never guessed. A date alone is the interval of that day.
 */
final class Times {
    /** A time read from a cell: an instant, or an interval when only the day is known. */
    record Stamp(Instant start, Instant end, String note) {
        /** The clue value: an ISO UTC instant, or {@code start/end}. */
        String value() {
            return end == null ? start.toString() : start + "/" + end;
        }

        boolean isInstant() {
            return end == null;
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d.*)");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("(.*T.*[+-]\\d\\d)(\\d\\d)");
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final String format;
    private final DateTimeFormatter pattern;
    private final ZoneId zone;
    private final String zoneHint;

    private Times(String format, DateTimeFormatter pattern, ZoneId zone, String zoneHint) {
        this.format = format;
        this.pattern = pattern;
        this.zone = zone;
        this.zoneHint = zoneHint;
    }

    /**
     * @param zone     the zone of times without an offset, or {@code null} when unknown
     * @param zoneHint what to tell the user when a time has no zone
     * @throws IllegalArgumentException when {@code format} is not a known format nor a valid pattern
     */
    static Times of(String format, ZoneId zone, String zoneHint) {
        String f = format.strip();
        return switch (f.toLowerCase(Locale.ROOT)) {
            case "iso", "epoch", "epoch-millis" -> new Times(f.toLowerCase(Locale.ROOT), null, zone, zoneHint);
            default -> new Times("pattern", DateTimeFormatter.ofPattern(strictYears(f), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
                    zone, zoneHint);
        };
    }

    /** ISO times, zone-less ones read as UTC (for exports that write UTC without saying so). */
    static Times isoUtc() {
        return new Times("iso", null, ZoneOffset.UTC, "");
    }

    /** Epoch seconds (UTC by definition). */
    static Times epoch() {
        return new Times("epoch", null, ZoneOffset.UTC, "");
    }

    Stamp parse(String text, String column) throws InvalidRecord {
        String t = text.strip();
        try {
            Stamp s = switch (format) {
                case "epoch" -> new Stamp(epochSeconds(t), null, null);
                case "epoch-millis" -> new Stamp(Instant.ofEpochMilli(Long.parseLong(t)), null, null);
                case "iso" -> iso(t, column);
                default -> pattern(t, column);
            };
            if (s.start().isBefore(EARLIEST) || !s.start().isBefore(LATEST)) {
                throw new InvalidRecord(column + " '" + Cells.shorten(text) + "' is not a plausible time (outside 1900-2199)");
            }
            return s;
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new InvalidRecord(column + " '" + Cells.shorten(text) + "' is not a time in the " + describe() + " format");
        }
    }

    private String describe() {
        return format.equals("pattern") ? "given pattern" : format;
    }

    private static Instant epochSeconds(String t) {
        BigDecimal d = new BigDecimal(t);
        if (d.abs().compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
            throw new ArithmeticException("epoch out of range");
        }
        long seconds = d.longValue();
        long nanos = d.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private Stamp iso(String t, String column) throws InvalidRecord {
        if (DATE.matcher(t).matches()) {
            return day(LocalDate.parse(t), column, t);
        }
        String s = SPACED.matcher(t).matches() ? t.replaceFirst(" ", "T") : t;
        s = COMPACT_OFFSET.matcher(s).matches() ? s.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2") : s;
        if (s.endsWith("Z") || s.endsWith("z") || s.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
            return new Stamp(OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant(), null, null);
        }
        return local(LocalDateTime.parse(s), column, t);
    }

    private Stamp pattern(String t, String column) throws InvalidRecord {
        TemporalAccessor a = pattern.parseBest(t, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        if (a instanceof ZonedDateTime z) {
            return new Stamp(z.toInstant(), null, null);
        }
        if (a instanceof OffsetDateTime o) {
            return new Stamp(o.toInstant(), null, null);
        }
        if (a instanceof LocalDateTime l) {
            return local(l, column, t);
        }
        return day((LocalDate) a, column, t);
    }

    private Stamp local(LocalDateTime l, String column, String text) throws InvalidRecord {
        ZoneId z = requireZone(column, text);
        String note = z.getRules().getValidOffsets(l).size() == 1 ? null
                : "local time " + l + " is ambiguous or skipped in " + z + " (clock change); the earlier reading is used";
        return new Stamp(l.atZone(z).toInstant(), null, note);
    }

    private Stamp day(LocalDate d, String column, String text) throws InvalidRecord {
        ZoneId z = requireZone(column, text);
        Instant start = d.atStartOfDay(z).toInstant();
        Instant end = d.plusDays(1).atStartOfDay(z).toInstant().minusSeconds(1);
        return new Stamp(start, end, "only the day is known");
    }

    private ZoneId requireZone(String column, String text) throws InvalidRecord {
        if (zone == null) {
            throw new InvalidRecord(column + " '" + Cells.shorten(text) + "' has no time zone" + zoneHint);
        }
        return zone;
    }

    /** Pattern letter y (year of era) needs an era under the strict resolver; u (proleptic year) does not. */
    private static String strictYears(String p) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : p.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return b.toString();
    }
}
