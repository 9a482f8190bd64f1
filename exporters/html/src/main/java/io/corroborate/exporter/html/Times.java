package io.corroborate.exporter.html;

import io.corroborate.model.TimeWindow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes instants and windows as the report shows them: local time of the case's zone with its UTC
 * offset, followed by UTC. Seconds appear only when not zero, so minute-precise windows stay short.
 */
final class Times {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;

    Times(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    ZoneId zone() {
        return zone;
    }

    /** {@code 2022-01-05 15:00 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00 UTC} */
    String instant(Instant t) {
        return local(t, zone) + " " + zone.getId() + " (" + offset(t) + ") · " + local(t, ZoneOffset.UTC) + " UTC";
    }

    /**
     * {@code 2022-01-05 15:00–17:30 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00–11:30 UTC}; open
     * sides read "not before" / "not after"; a window open on both sides is "unknown".
     */
    String window(TimeWindow w) {
        if (w.earliest() == null && w.latest() == null) {
            return "unknown";
        }
        if (w.earliest() == null) {
            return "not after " + instant(w.latest());
        }
        if (w.latest() == null) {
            return "not before " + instant(w.earliest());
        }
        if (w.earliest().equals(w.latest())) {
            return "at " + instant(w.earliest());
        }
        String localOffsets = offset(w.earliest()).equals(offset(w.latest()))
                ? " (" + offset(w.earliest()) + ")"
                : " (" + offset(w.earliest()) + " to " + offset(w.latest()) + ")";
        return span(w, zone) + " " + zone.getId() + localOffsets + " · " + span(w, ZoneOffset.UTC) + " UTC";
    }

    /** Local wall time rounded to the minute: {@code 08:25}. */
    String minute(Instant t) {
        return MINUTE.format(t.plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).atZone(zone));
    }

    /** The UTC offset of the case's zone at {@code t}, e.g. {@code UTC+06:00}. */
    String offset(Instant t) {
        ZoneOffset o = zone.getRules().getOffset(t);
        return "UTC" + (o.getTotalSeconds() == 0 ? "+00:00" : o.getId());
    }

    /** ISO-8601 UTC, for {@code datetime} attributes. */
    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    private static String span(TimeWindow w, ZoneId z) {
        ZonedDateTime a = w.earliest().atZone(z);
        ZonedDateTime b = w.latest().atZone(z);
        boolean seconds = a.getSecond() != 0 || b.getSecond() != 0 || a.getNano() != 0 || b.getNano() != 0;
        DateTimeFormatter clock = seconds ? SECOND : MINUTE;
        String start = DATE.format(a) + " " + clock.format(a);
        return a.toLocalDate().equals(b.toLocalDate())
                ? start + "–" + clock.format(b)
                : start + " – " + DATE.format(b) + " " + clock.format(b);
    }

    private static String local(Instant t, ZoneId z) {
        ZonedDateTime d = t.atZone(z);
        return DATE.format(d) + " " + (d.getSecond() != 0 || d.getNano() != 0 ? SECOND : MINUTE).format(d);
    }
}
