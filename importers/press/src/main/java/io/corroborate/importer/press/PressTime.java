package io.corroborate.importer.press;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A time read from a feed or a page: one instant when the source gave it to the second, else the span
 * it stands for (a time without seconds, a date without a time, a wall time that a clock change made
 * occur twice). {@code warning} is set when the value was read but something about it was doubtful.
 */
record PressTime(Instant earliest, Instant latest, String warning) {
    PressTime {
        Objects.requireNonNull(earliest, "earliest is null");
        Objects.requireNonNull(latest, "latest is null");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("time span ends at " + latest + " before it starts at " + earliest);
        }
    }

    static PressTime at(Instant t) {
        return new PressTime(t, t, null);
    }

    boolean isInstant() {
        return earliest.equals(latest);
    }

    /** The clue value: an ISO UTC instant, or {@code start/end} when only a span is known. */
    String value() {
        String e = DateTimeFormatter.ISO_INSTANT.format(earliest);
        return isInstant() ? e : e + "/" + DateTimeFormatter.ISO_INSTANT.format(latest);
    }
}
