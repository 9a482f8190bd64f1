package io.corroborate.analysis.chronology;

import org.shredzone.commons.suncalc.SunPosition;
import org.shredzone.commons.suncalc.SunTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Sun times and positions for chronolocation, computed with commons-suncalc (the sun's apparent
 * position after Montenbruck and Pfleger; good to about a minute, well inside any tolerance an analyst
 * gives a shadow or a sunset). Stateless and thread-safe.
 */
public final class SolarCalculator {
    private SolarCalculator() {
    }

    /**
     * Dawn, sunrise, solar noon, sunset and dusk at the place on the given local date of {@code zone}
     * (the events that fall between that date's local midnights).
     *
     * @throws IllegalArgumentException when the latitude or longitude is out of range or not a number
     */
    public static SolarDay day(double lat, double lon, LocalDate date, ZoneId zone) {
        checkPlace(lat, lon);
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(zone, "zone is null");
        ZonedDateTime start = date.atStartOfDay(zone);
        Duration length = Duration.between(start, date.plusDays(1).atStartOfDay(zone));
        SunTimes visual = times(lat, lon, start, length, SunTimes.Twilight.VISUAL);
        SunTimes civil = times(lat, lon, start, length, SunTimes.Twilight.CIVIL);
        return new SolarDay(lat, lon, date, zone, in(civil.getRise(), zone), in(visual.getRise(), zone),
                in(visual.getNoon(), zone), in(visual.getSet(), zone), in(civil.getSet(), zone));
    }

    /**
     * The sun's elevation (refraction included), azimuth and shadow direction at the place and instant.
     *
     * @throws IllegalArgumentException when the latitude or longitude is out of range or not a number
     */
    public static SolarPosition position(double lat, double lon, Instant at) {
        checkPlace(lat, lon);
        Objects.requireNonNull(at, "at is null");
        SunPosition p = SunPosition.compute().at(lat, lon).on(at).execute();
        double elevation = p.getAltitude();
        double azimuth = normalise(p.getAzimuth());
        Double shadow = elevation > 0 ? normalise(azimuth + 180) : null;
        return new SolarPosition(lat, lon, at, elevation, azimuth, shadow);
    }

    /** Rise and set of the given twilight within {@code length} after {@code start}. */
    static SunTimes times(double lat, double lon, ZonedDateTime start, Duration length, SunTimes.Twilight twilight) {
        return SunTimes.compute().on(start).at(lat, lon).twilight(twilight).limit(length).execute();
    }

    static void checkPlace(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude " + lat + " is outside -90..90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude " + lon + " is outside -180..180");
        }
    }

    static double normalise(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }

    private static ZonedDateTime in(ZonedDateTime t, ZoneId zone) {
        return t == null ? null : t.withZoneSameInstant(zone);
    }
}
