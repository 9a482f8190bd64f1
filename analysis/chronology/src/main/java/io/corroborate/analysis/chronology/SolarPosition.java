package io.corroborate.analysis.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the sun stands seen from a place at an instant: {@code elevation} in degrees above the horizon
 * with atmospheric refraction included (negative below it), {@code azimuth} in compass degrees (0 =
 * north, 90 = east, clockwise), and {@code shadowAzimuth}, the compass direction shadows point
 * ({@code azimuth + 180} modulo 360), {@code null} when the sun is below the horizon and casts none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolarPosition(double lat, double lon, Instant at, double elevation, double azimuth, Double shadowAzimuth) {
    public SolarPosition {
        Objects.requireNonNull(at, "at is null");
    }
}
