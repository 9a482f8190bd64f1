package io.corroborate.exporter.html;

import io.corroborate.model.GeoPoint;
import org.shredzone.commons.suncalc.SunPosition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Night, civil twilight and day at one place over a span of time, from the sun's altitude
 * (commons-suncalc). Day: the sun's upper limb is above the horizon (centre above -0.833°, the
 * usual allowance for refraction and the sun's radius); civil twilight: centre between -6° and
 * -0.833°; night: below -6°.
 */
final class Daylight {
    static final double HORIZON_DEGREES = -0.833;
    static final double CIVIL_DEGREES = -6.0;
    private static final int MAX_SAMPLES = 2000;
    private static final Duration PRECISION = Duration.ofSeconds(30);

    enum Phase {
        NIGHT("night"), TWILIGHT("civil twilight"), DAY("day");

        final String label;

        Phase(String label) {
            this.label = label;
        }

        String cssClass() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One stretch of a single phase; {@code start} inclusive, {@code end} exclusive. */
    record Band(Instant start, Instant end, Phase phase) {
        Band {
            Objects.requireNonNull(start, "start is null");
            Objects.requireNonNull(end, "end is null");
            Objects.requireNonNull(phase, "phase is null");
        }
    }

    /** A change of phase: civil dawn, sunrise, sunset or civil dusk. */
    record Change(Instant at, String name) {
    }

    private final GeoPoint where;

    Daylight(GeoPoint where) {
        this.where = Objects.requireNonNull(where, "where is null");
    }

    Phase phaseAt(Instant t) {
        double altitude = SunPosition.compute().timezone(ZoneOffset.UTC).on(t).at(where.lat(), where.lon()).execute().getTrueAltitude();
        if (altitude > HORIZON_DEGREES) {
            return Phase.DAY;
        }
        return altitude > CIVIL_DEGREES ? Phase.TWILIGHT : Phase.NIGHT;
    }

    /** The phases from {@code from} to {@code to}, each boundary found to within 30 seconds. */
    List<Band> bands(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        long span = Duration.between(from, to).getSeconds();
        long step = Math.max(60, span / MAX_SAMPLES);
        List<Band> out = new ArrayList<>();
        Instant bandStart = from;
        Phase phase = phaseAt(from);
        Instant previous = from;
        while (previous.isBefore(to)) {
            Instant next = previous.plusSeconds(step);
            if (next.isAfter(to)) {
                next = to;
            }
            Phase p = phaseAt(next);
            if (p != phase) {
                Instant boundary = boundary(previous, next, phase);
                out.add(new Band(bandStart, boundary, phase));
                bandStart = boundary;
                phase = p;
            }
            previous = next;
        }
        out.add(new Band(bandStart, to, phase));
        return List.copyOf(out);
    }

    /** The named changes between consecutive bands. */
    static List<Change> changes(List<Band> bands) {
        List<Change> out = new ArrayList<>();
        for (int i = 1; i < bands.size(); i++) {
            Phase a = bands.get(i - 1).phase();
            Phase b = bands.get(i).phase();
            String name;
            if (a == Phase.NIGHT && b == Phase.TWILIGHT) {
                name = "civil dawn";
            } else if (a == Phase.TWILIGHT && b == Phase.DAY) {
                name = "sunrise";
            } else if (a == Phase.DAY && b == Phase.TWILIGHT) {
                name = "sunset";
            } else if (a == Phase.TWILIGHT && b == Phase.NIGHT) {
                name = "civil dusk";
            } else {
                name = b.label + " begins";
            }
            out.add(new Change(bands.get(i).start(), name));
        }
        return List.copyOf(out);
    }

    /** Bisects the first instant after {@code lo} whose phase is no longer {@code phase}. */
    private Instant boundary(Instant lo, Instant hi, Phase phase) {
        while (Duration.between(lo, hi).compareTo(PRECISION) > 0) {
            Instant mid = lo.plusSeconds(Duration.between(lo, hi).getSeconds() / 2);
            if (phaseAt(mid) == phase) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
