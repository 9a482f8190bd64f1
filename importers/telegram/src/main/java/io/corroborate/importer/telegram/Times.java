package io.corroborate.importer.telegram;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Time parsing and formatting on the hot path: no formatter objects, no regular expressions. */
final class Times {
    /** 9999-12-31T23:59:59Z: later epochs are damage, not dates. */
    static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private Times() {
    }

    /** Whether {@code epochSecond} is a date this importer accepts (1970 to 9999). */
    static boolean plausible(long epochSecond) {
        return epochSecond >= 0 && epochSecond <= MAX_EPOCH_SECOND;
    }

    /** ISO-8601 UTC text of an instant in years 0000-9999 ({@code 2022-01-05T09:14:03Z}, millis when present). */
    static String format(Instant t) {
        long s = t.getEpochSecond();
        int nanos = t.getNano();
        if (s < 0 || s > MAX_EPOCH_SECOND || nanos % 1_000_000 != 0) {
            return t.toString();
        }
        long days = Math.floorDiv(s, 86_400L);
        int secOfDay = (int) Math.floorMod(s, 86_400L);
        // civil-from-days (Howard Hinnant's algorithm)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        char[] c = new char[nanos == 0 ? 20 : 24];
        four(c, 0, year);
        c[4] = '-';
        two(c, 5, month);
        c[7] = '-';
        two(c, 8, day);
        c[10] = 'T';
        two(c, 11, secOfDay / 3600);
        c[13] = ':';
        two(c, 14, secOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secOfDay % 60);
        if (nanos == 0) {
            c[19] = 'Z';
        } else {
            int ms = nanos / 1_000_000;
            c[19] = '.';
            c[20] = (char) ('0' + ms / 100);
            c[21] = (char) ('0' + ms / 10 % 10);
            c[22] = (char) ('0' + ms % 10);
            c[23] = 'Z';
        }
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void four(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }

    /** Digits (optionally signed) as a long, or {@link Long#MIN_VALUE} when the text is not an integer. */
    static long parseLong(char[] c, int off, int len) {
        if (len <= 0 || len > 19) {
            return Long.MIN_VALUE;
        }
        int i = off;
        int end = off + len;
        boolean negative = c[i] == '-';
        if (negative || c[i] == '+') {
            i++;
            if (i == end) {
                return Long.MIN_VALUE;
            }
        }
        long v = 0;
        for (; i < end; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * A date-time written without an offset ({@code 2022-01-05T15:12:44}, a space for the T also read),
     * or null when {@code c} is not one.
     */
    static LocalDateTime parseLocal(char[] c, int len) {
        if (len != 19 || c[4] != '-' || c[7] != '-' || (c[10] != 'T' && c[10] != ' ') || c[13] != ':' || c[16] != ':') {
            return null;
        }
        int year = digits(c, 0, 4);
        int month = digits(c, 5, 2);
        int day = digits(c, 8, 2);
        int hour = digits(c, 11, 2);
        int minute = digits(c, 14, 2);
        int second = digits(c, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(char[] c, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Whether an ISO date-time text carries an offset or a Z after its time. */
    static boolean hasOffset(char[] c, int len) {
        if (len <= 19) {
            return false;
        }
        char last = c[len - 1];
        if (last == 'Z' || last == 'z') {
            return true;
        }
        for (int i = 19; i < len; i++) {
            if (c[i] == '+' || c[i] == '-') {
                return true;
            }
        }
        return false;
    }

    /** An ISO date-time with an offset ({@code 2022-01-05T09:14:03+00:00}, a space for the T also read), or null. */
    static Instant parseOffset(String text) {
        String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            Instant i = OffsetDateTime.parse(t).toInstant();
            return plausible(i.getEpochSecond()) ? i : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds since the epoch, possibly fractional (4CAT writes floats), as an instant, or null when implausible. */
    static Instant fromEpochSeconds(double seconds) {
        if (!(seconds >= 0 && seconds <= MAX_EPOCH_SECOND)) {
            return null;
        }
        long whole = (long) Math.floor(seconds);
        long millis = Math.round((seconds - whole) * 1000);
        return Instant.ofEpochSecond(whole).plusMillis(millis);
    }
}
