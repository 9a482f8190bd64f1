package io.corroborate.importer.ytdlp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** yt-dlp's time fields: UNIX times (int or float) and {@code YYYYMMDD} dates. */
final class Times {
    /** 9999-12-31T23:59:59Z: anything later is not a time a platform wrote. */
    private static final BigDecimal MAX_EPOCH = BigDecimal.valueOf(253_402_300_799L);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private Times() {
    }

    /** A UNIX time in seconds (fraction kept to the nanosecond); {@link IllegalArgumentException} when out of range. */
    static Instant epoch(BigDecimal seconds) {
        if (seconds.signum() < 0 || seconds.compareTo(MAX_EPOCH) > 0) {
            throw new IllegalArgumentException("UNIX time " + seconds.stripTrailingZeros().toPlainString() + " is out of range");
        }
        BigDecimal scaled = seconds.setScale(9, RoundingMode.HALF_EVEN);
        long whole = scaled.longValue();
        long nanos = scaled.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    /** A strict {@code YYYYMMDD} date; {@link IllegalArgumentException} for 20220231 or any other shape. */
    static LocalDate date(String yyyymmdd) {
        if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
            throw new IllegalArgumentException("upload_date '" + yyyymmdd + "' is not a YYYYMMDD date");
        }
        try {
            return LocalDate.parse(yyyymmdd, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("upload_date '" + yyyymmdd + "' is not a valid date", e);
        }
    }

    /**
     * The smallest span holding {@code day} as a calendar day in every zone given: it starts at the
     * earliest midnight and ends (exclusive) at the latest following midnight.
     */
    static Instant[] dayWindow(LocalDate day, List<ZoneId> zones) {
        Instant start = null;
        Instant end = null;
        for (ZoneId z : zones) {
            Instant s = day.atStartOfDay(z).toInstant();
            Instant e = day.plusDays(1).atStartOfDay(z).toInstant();
            start = start == null || s.isBefore(start) ? s : start;
            end = end == null || e.isAfter(end) ? e : end;
        }
        return new Instant[] {start, end};
    }
}
