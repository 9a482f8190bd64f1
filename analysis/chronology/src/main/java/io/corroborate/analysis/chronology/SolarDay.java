package io.corroborate.analysis.chronology;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The sun's day at a place, in the given zone: civil dawn (sun 6 degrees below the horizon, rising),
 * sunrise and sunset (upper edge of the disc on the horizon, refraction included), solar noon (highest
 * point) and civil dusk. An event is {@code null} when it does not happen that local day (polar day or
 * night, or a dawn that falls before local midnight).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolarDay(double lat, double lon, LocalDate date, ZoneId zone, ZonedDateTime dawn, ZonedDateTime sunrise,
                       ZonedDateTime solarNoon, ZonedDateTime sunset, ZonedDateTime dusk) {
    public SolarDay {
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(zone, "zone is null");
    }
}
