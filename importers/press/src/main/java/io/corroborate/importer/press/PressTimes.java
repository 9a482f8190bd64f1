package io.corroborate.importer.press;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict readers for the dates of feeds and article pages: RFC 822 (RSS {@code pubDate}) and
 * RFC 3339 / W3C-DTF (Atom, {@code dc:date}, JSON-LD). Unlike Rome's lenient parser they never roll an
 * impossible date over ("31 Jun" is an error, not 1 July) and never assume a zone: a wall time without
 * an offset is read in the source's zone when the case gives one, and is an error otherwise.
 */
final class PressTimes {
    /** Why a date could not be read; the record that carries it is skipped with this message. */
    static final class DateProblem extends Exception {
        DateProblem(String message) {
            super(message);
        }
    }

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:([a-z]{3})[a-z]*\\s*,?\\s*)?(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,5})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    // RFC 822 section 5.1 zone names; military single letters are left out on purpose (RFC 1123 5.2.14: their signs were wrong)
    private static final Map<String, ZoneOffset> ZONE_NAMES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private PressTimes() {
    }

    /**
     * Reads {@code raw} as an RFC 822 or an ISO 8601 / RFC 3339 date. A value without an offset is a
     * wall time of {@code sourceZone}; without a source zone it is a {@link DateProblem}.
     */
    static PressTime parse(String raw, Optional<ZoneId> sourceZone) throws DateProblem {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new DateProblem("empty date");
        }
        Matcher m = RFC_822.matcher(s);
        if (m.matches()) {
            return rfc822(m, sourceZone);
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return iso(m, sourceZone);
        }
        throw new DateProblem("'" + s + "' is neither an RFC 822 nor an ISO 8601 date");
    }

    private static PressTime rfc822(Matcher m, Optional<ZoneId> sourceZone) throws DateProblem {
        int month = List.of(MONTHS.split("\\|")).indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            throw new DateProblem("'" + m.group(3) + "' is not an English month name");
        }
        String y = m.group(4);
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 2822 4.3
        } else if (y.length() == 3) {
            throw new DateProblem("three-digit year '" + y + "'");
        }
        LocalDate date = date(year, month, Integer.parseInt(m.group(2)), m.group());
        boolean seconds = m.group(7) != null;
        LocalTime time = time(m.group(5), m.group(6), m.group(7), null, m.group());
        String warning = null;
        if (m.group(1) != null) {
            DayOfWeek named = dayOfWeek(m.group(1));
            if (named == null) {
                throw new DateProblem("'" + m.group(1) + "' is not an English day name");
            }
            if (named != date.getDayOfWeek()) {
                warning = "'" + m.group().strip() + "' names a " + named.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " but " + date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + "; the date was kept";
            }
        }
        ZoneOffset offset = null;
        String zone = m.group(8);
        if (zone != null) {
            if (zone.startsWith("+") || zone.startsWith("-")) {
                offset = offset(zone, m.group());
            } else {
                offset = ZONE_NAMES.get(zone.toUpperCase(Locale.ROOT));
                if (offset == null) {
                    throw new DateProblem("zone '" + zone + "' is not an RFC 822 zone (UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST, PDT or +hhmm)");
                }
            }
        }
        Duration precision = seconds ? Duration.ZERO : Duration.ofSeconds(59);
        return resolve(LocalDateTime.of(date, time), offset, precision, sourceZone, m.group(), warning);
    }

    private static PressTime iso(Matcher m, Optional<ZoneId> sourceZone) throws DateProblem {
        LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group());
        if (m.group(4) == null) {
            // a date alone stands for the whole day of the source's zone
            return resolve(date.atStartOfDay(), null, Duration.ofDays(1).minusSeconds(1), sourceZone, m.group(), null);
        }
        LocalTime time = time(m.group(4), m.group(5), m.group(6), m.group(7), m.group());
        ZoneOffset offset = m.group(8) == null ? null : offset(m.group(8), m.group());
        Duration precision = m.group(6) != null ? Duration.ZERO : Duration.ofSeconds(59);
        return resolve(LocalDateTime.of(date, time), offset, precision, sourceZone, m.group(), null);
    }

    private static PressTime resolve(LocalDateTime wall, ZoneOffset offset, Duration precision, Optional<ZoneId> sourceZone,
                                     String raw, String warning) throws DateProblem {
        if (offset != null) {
            Instant t = wall.toInstant(offset);
            return new PressTime(t, t.plus(precision), warning);
        }
        if (sourceZone.isEmpty()) {
            throw new DateProblem("'" + raw + "' has no time zone and the source gives none (set timezone: on the source in case.yaml)");
        }
        ZoneId zone = sourceZone.get();
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(wall);
        if (valid.isEmpty()) {
            throw new DateProblem("'" + raw + "' does not exist in " + zone + " (the clocks skipped it)");
        }
        Instant first = wall.toInstant(valid.get(0));
        Instant last = wall.toInstant(valid.get(valid.size() - 1));
        Instant earliest = first.isBefore(last) ? first : last;
        Instant latest = (first.isBefore(last) ? last : first).plus(precision);
        return new PressTime(earliest, latest, warning);
    }

    private static LocalDate date(int year, int month, int day, String raw) throws DateProblem {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateProblem("'" + raw + "' is not a real date (" + e.getMessage() + ")");
        }
    }

    private static LocalTime time(String h, String min, String sec, String fraction, String raw) throws DateProblem {
        try {
            int nanos = 0;
            if (fraction != null) {
                nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            }
            return LocalTime.of(Integer.parseInt(h), Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec), nanos);
        } catch (DateTimeException e) {
            throw new DateProblem("'" + raw + "' is not a real time of day (" + e.getMessage() + ")");
        }
    }

    private static ZoneOffset offset(String text, String raw) throws DateProblem {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (minutes > 59) {
            throw new DateProblem("'" + raw + "' has an impossible offset " + text);
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new DateProblem("'" + raw + "' has an impossible offset " + text);
        }
    }

    private static DayOfWeek dayOfWeek(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation)) {
                return d;
            }
        }
        return null;
    }
}
