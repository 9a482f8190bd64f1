package io.corroborate.analysis.chronology;

import io.corroborate.model.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time values of clues. Local wall times are converted with the zone's rules for that date;
 * a wall time that occurs twice (clocks turned back) or never (clocks turned forward) yields both
 * candidate instants, so nothing is silently shifted. All results are epoch seconds.
 */
final class ClueTimes {
    static final String EXPECTED_INSTANT = "expected an ISO-8601 instant like 2022-01-05T09:14:03Z (or with an offset, "
            + "e.g. 2022-01-05T15:14:03+06:00) or a local date-time like 2022-01-05 15:14";
    static final String EXPECTED_CLOCK = "expected HH:MM or HH:MM:SS (with a date clue for the item) or a local date-time "
            + "like 2022-01-05 15:10";

    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern LOCAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)");
    private static final Pattern HAS_OFFSET = Pattern.compile(".*T.*(Z|[+-]\\d{2}(:?\\d{2})?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +");
    private static final Pattern AT = Pattern.compile("(?i)(?:^|[\\s;,(])at\\s*=\\s*([^\\s;,)]*)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ClueTimes() {
    }

    /** The earliest and latest instant a time value can mean (equal for an exact instant). */
    record Span(long earliest, long latest) {
    }

    /** A clock reading: a time of day or a local date-time, and whether it showed seconds. */
    record Reading(LocalDate date, LocalTime time, boolean withSeconds, Long instant) {
        /** How long the reading stays the same: 59 s for a clock showing only minutes. */
        long resolution() {
            return withSeconds || instant != null ? 0 : 59;
        }
    }

    /**
     * A point in time: an ISO instant, an offset date-time, a local date-time of the zone (both readings when
     * ambiguous), or, when {@code dates} is true, a local date meaning that whole day.
     */
    static Span span(String value, ZoneId zone, boolean dates) {
        String v = DATE_SPACE.matcher(value.strip()).replaceFirst("$1T");
        if (HAS_OFFSET.matcher(v).matches()) {
            try {
                long t = v.toUpperCase(Locale.ROOT).endsWith("Z") ? Instant.parse(v.toUpperCase(Locale.ROOT)).getEpochSecond()
                        : OffsetDateTime.parse(v).toEpochSecond();
                return new Span(t, t);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(EXPECTED_INSTANT);
            }
        }
        Matcher m = LOCAL.matcher(v);
        if (m.matches()) {
            LocalDateTime ldt = localDateTime(m.group(1), m.group(2), EXPECTED_INSTANT);
            long[] c = instants(ldt, zone);
            return new Span(c[0], c[c.length - 1]);
        }
        if (dates) {
            LocalDate d = date(v, EXPECTED_INSTANT + ", or a local date like 2022-01-05");
            return dayOf(d, zone);
        }
        throw new IllegalArgumentException(EXPECTED_INSTANT);
    }

    static Span dayOf(LocalDate d, ZoneId zone) {
        return new Span(d.atStartOfDay(zone).toEpochSecond(), d.plusDays(1).atStartOfDay(zone).toEpochSecond() - 1);
    }

    static LocalDate date(String value, String expected) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(expected);
        }
    }

    static Reading reading(String value) {
        String v = value.strip();
        Matcher t = TIME_OF_DAY.matcher(v);
        if (t.matches()) {
            try {
                int h = Integer.parseInt(t.group(1));
                int min = Integer.parseInt(t.group(2));
                int s = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
                return new Reading(null, LocalTime.of(h, min, s), t.group(3) != null, null);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + v + "' is not a time of day; " + EXPECTED_CLOCK);
            }
        }
        Matcher m = LOCAL.matcher(v);
        if (m.matches()) {
            LocalDateTime ldt = localDateTime(m.group(1), m.group(2), EXPECTED_CLOCK);
            return new Reading(ldt.toLocalDate(), ldt.toLocalTime(), m.group(2).length() > 5, null);
        }
        if (HAS_OFFSET.matcher(v).matches()) {
            return new Reading(null, null, true, span(v, ZoneOffset.UTC, false).earliest());
        }
        throw new IllegalArgumentException(EXPECTED_CLOCK);
    }

    private static LocalDateTime localDateTime(String date, String time, String expected) {
        try {
            String t = time.length() == 4 || time.indexOf(':') == 1 ? "0" + time : time;
            return LocalDateTime.parse(date + "T" + t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + date + " " + time + "' is not a valid date-time; " + expected);
        }
    }

    /** Every instant a local date-time can mean in the zone: one, or two around a clock change. */
    static long[] instants(LocalDateTime ldt, ZoneId zone) {
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(ldt);
        if (valid.size() == 1) {
            return new long[] {ldt.toEpochSecond(valid.get(0))};
        }
        ZoneOffset before;
        ZoneOffset after;
        if (valid.size() == 2) {
            before = valid.get(0);
            after = valid.get(1);
        } else {
            ZoneOffsetTransition gap = zone.getRules().getTransition(ldt);
            before = gap.getOffsetBefore();
            after = gap.getOffsetAfter();
        }
        long a = ldt.toEpochSecond(before);
        long b = ldt.toEpochSecond(after);
        return new long[] {Math.min(a, b), Math.max(a, b)};
    }

    /** The offset into the video named by {@code at=MM:SS} (or {@code at=H:MM:SS}, {@code at=75s}) in a note; 0 when absent. */
    static long offset(String note) {
        if (note == null) {
            return 0;
        }
        Matcher m = AT.matcher(note);
        if (!m.find()) {
            return 0;
        }
        String v = m.group(1);
        try {
            if (v.contains(":")) {
                String[] parts = v.split(":");
                if (parts.length > 3) {
                    throw new NumberFormatException(v);
                }
                double seconds = 0;
                for (String p : parts) {
                    seconds = seconds * 60 + Double.parseDouble(p);
                }
                return Math.round(seconds);
            }
            if (v.matches("\\d+(\\.\\d+)?")) {
                return Math.round(Double.parseDouble(v));
            }
            return Durations.parse(v).toSeconds();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("note offset 'at=" + v + "' is not a time into the video (expected at=MM:SS, e.g. at=01:20)");
        }
    }

    static long seconds(Duration d) {
        return Math.round(d.toMillis() / 1000.0);
    }

    /** A readable local time with the zone named: {@code 2022-01-05 14:55 Asia/Almaty}. */
    static String local(long epochSecond, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
        return (t.getSecond() == 0 ? MINUTES : SECONDS).format(t) + " " + zone.getId();
    }
}
