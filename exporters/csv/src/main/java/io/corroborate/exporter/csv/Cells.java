package io.corroborate.exporter.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Values the exporters format themselves: times in the case zone and in UTC, coordinates, sizes. */
final class Cells {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Cells() {
    }

    /**
     * Local wall time in {@code zone} by the zone's rules for that instant: {@code 2022-01-05 15:10},
     * with {@code :ss} only when the seconds are not zero (text order stays time order). Sub-second
     * parts are dropped; use {@link #localCeiling} for an upper bound so the window never narrows.
     */
    static String local(Instant t, ZoneId zone) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
        return (z.getSecond() == 0 ? MINUTES : SECONDS).format(z);
    }

    /** {@link #local} of an upper bound, rounded up to the whole second. */
    static String localCeiling(Instant t, ZoneId zone) {
        if (t == null) {
            return "";
        }
        Instant s = t.truncatedTo(ChronoUnit.SECONDS);
        return local(s.equals(t) ? t : s.plusSeconds(1), zone);
    }

    /** ISO-8601 UTC: {@code 2022-01-05T09:14:03Z}. */
    static String utc(Instant t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** A coordinate with at most six decimals (about 0.1 m), never in exponent form. */
    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A measurement: whole numbers without a fraction ({@code 150}), others as they are ({@code 25.5}). */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
