package io.corroborate.analysis.chronology;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reference values from the NOAA solar calculator equations (Meeus), computed independently of suncalc. */
class SolarCalculatorTest {
    private static final double LAT = 43.2383;
    private static final double LON = 76.9456;
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static void assertNear(ZonedDateTime actual, String expectedLocal, String offset) {
        ZonedDateTime expected = LocalDateTime.parse(expectedLocal).atOffset(ZoneOffset.of(offset)).toZonedDateTime();
        assertThat(actual).isNotNull();
        assertThat(Duration.between(expected, actual).abs()).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(actual.getOffset()).isEqualTo(ZoneOffset.of(offset));
    }

    @Test
    void almatyOnTheFifthOfJanuary2022MatchesTheNoaaTimes() {
        SolarDay day = SolarCalculator.day(LAT, LON, LocalDate.of(2022, 1, 5), ALMATY);

        assertNear(day.dawn(), "2022-01-05T07:52:08", "+06:00");
        assertNear(day.sunrise(), "2022-01-05T08:24:22", "+06:00");
        assertNear(day.solarNoon(), "2022-01-05T12:57:31", "+06:00");
        assertNear(day.sunset(), "2022-01-05T17:30:52", "+06:00");
        assertNear(day.dusk(), "2022-01-05T18:03:05", "+06:00");
    }

    @Test
    void localTimesFollowTheZoneRulesOfTheDate() {
        SolarDay day = SolarCalculator.day(LAT, LON, LocalDate.of(2024, 6, 1), ALMATY);

        // Almaty has been UTC+5 since 1 March 2024
        assertNear(day.sunrise(), "2024-06-01T04:14:58", "+05:00");
        assertNear(day.sunset(), "2024-06-01T19:25:40", "+05:00");
    }

    @Test
    void thereIsNoSunriseOrSunsetInPolarDayOrNight() {
        ZoneId svalbard = ZoneId.of("Arctic/Longyearbyen");
        SolarDay summer = SolarCalculator.day(78.22, 15.65, LocalDate.of(2022, 6, 21), svalbard);
        SolarDay winter = SolarCalculator.day(78.22, 15.65, LocalDate.of(2022, 12, 21), svalbard);

        assertThat(summer.sunrise()).isNull();
        assertThat(summer.sunset()).isNull();
        assertThat(winter.sunrise()).isNull();
        assertThat(winter.sunset()).isNull();
        assertThat(winter.dawn()).isNull();
    }

    @Test
    void theAfternoonSunStandsSouthWestAndShadowsPointNorthEast() {
        SolarPosition p = SolarCalculator.position(LAT, LON, Instant.parse("2022-01-05T09:00:00Z"));

        assertThat(p.elevation()).isCloseTo(18.40, within(0.2));
        assertThat(p.azimuth()).isCloseTo(209.70, within(0.3));
        assertThat(p.shadowAzimuth()).isCloseTo(29.70, within(0.3));
    }

    @Test
    void atSolarNoonTheSunIsDueSouthAtItsHighest() {
        SolarPosition p = SolarCalculator.position(LAT, LON, Instant.parse("2022-01-05T06:57:30Z"));

        assertThat(p.azimuth()).isCloseTo(180.0, within(0.5));
        assertThat(p.elevation()).isCloseTo(24.16, within(0.2));
    }

    @Test
    void belowTheHorizonThereIsNoShadow() {
        SolarPosition p = SolarCalculator.position(LAT, LON, Instant.parse("2022-01-05T18:00:00Z"));

        assertThat(p.elevation()).isCloseTo(-66.1, within(0.3));
        assertThat(p.shadowAzimuth()).isNull();
    }

    @Test
    void argumentsAreValidated() {
        LocalDate d = LocalDate.of(2022, 1, 5);
        assertThatThrownBy(() -> SolarCalculator.day(91, LON, d, ALMATY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude");
        assertThatThrownBy(() -> SolarCalculator.day(LAT, -180.5, d, ALMATY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longitude");
        assertThatThrownBy(() -> SolarCalculator.position(Double.NaN, LON, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolarCalculator.day(LAT, LON, null, ALMATY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SolarCalculator.day(LAT, LON, d, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SolarCalculator.position(LAT, LON, null)).isInstanceOf(NullPointerException.class);
    }
}
