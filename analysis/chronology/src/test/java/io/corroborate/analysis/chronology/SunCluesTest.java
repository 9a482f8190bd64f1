package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Place;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.shredzone.commons.suncalc.SunTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.corroborate.analysis.chronology.Cases.ALMATY;
import static io.corroborate.analysis.chronology.Cases.LAT;
import static io.corroborate.analysis.chronology.Cases.LON;
import static io.corroborate.analysis.chronology.Cases.utc;
import static io.corroborate.analysis.chronology.Cases.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Sun clues at Republic Square, Almaty, in January 2022. */
class SunCluesTest {
    private static final String A = "telegram:almatyinfo:2001";
    private static final String B = "telegram:almatyinfo:2002";
    private static final LocalDate JAN_5 = LocalDate.of(2022, 1, 5);
    private static final LocalDate JAN_6 = LocalDate.of(2022, 1, 6);

    private static Instant at(java.time.ZonedDateTime t) {
        return Instant.ofEpochSecond(t.toEpochSecond());
    }

    private static Cases onJan5(String sun, String tolerance) {
        return Cases.almaty().item(A).clue(A, "date", "2022-01-05").clue(A, "place", "republic-square")
                .clue(A, "sun", sun, tolerance);
    }

    @Test
    void civilTwilightIsMorningOrEvening() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("civil-twilight", null).run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.dawn()), at(day.dusk())));
        // dawn 07:52 and dusk 18:03 local by the NOAA equations
        assertThat(Duration.between(LocalDateTime.parse("2022-01-05T07:52:08").toInstant(ZoneOffset.ofHours(6)),
                window(r, A).earliest()).abs()).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void anAfternoonBoundLeavesOnlyTheEveningTwilight() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("civil-twilight", null).clue(A, "not-before", "2022-01-05 12:00").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunset()), at(day.dusk())));
    }

    @Test
    void aMorningBoundLeavesOnlyTheMorningTwilight() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("civil-twilight", null).clue(A, "not-after", "2022-01-05 12:00").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.dawn()), at(day.sunrise())));
    }

    @Test
    void daylightOverTwoCandidateDaysOfTheCaseRangeSpansBothDays() {
        AnalysisResult r = Cases.almaty().range("2022-01-04T18:00:00Z", "2022-01-06T17:59:59Z").item(A)
                .clue(A, "place", "43.2383,76.9456").clue(A, "sun", "daylight").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(SolarCalculator.day(LAT, LON, JAN_5, ALMATY).sunrise()),
                at(SolarCalculator.day(LAT, LON, JAN_6, ALMATY).sunset())));
    }

    @Test
    void daylightWithABoundOnTheFirstEveningKeepsOnlyTheFirstDay() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = Cases.almaty().range("2022-01-04T18:00:00Z", "2022-01-06T17:59:59Z").item(A)
                .clue(A, "place", "43.2383,76.9456").clue(A, "sun", "daylight")
                .clue(A, "not-after", "2022-01-05 20:00").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunrise()), at(day.sunset())));
    }

    @Test
    void candidateDaysComeFromTheItemsOwnWindow() {
        AnalysisResult r = Cases.almaty().item(A)
                .clue(A, "not-before", "2022-01-05 00:00").clue(A, "not-after", "2022-01-06 23:59")
                .clue(A, "place", "republic-square").clue(A, "sun", "daylight").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(SolarCalculator.day(LAT, LON, JAN_5, ALMATY).sunrise()),
                at(SolarCalculator.day(LAT, LON, JAN_6, ALMATY).sunset())));
    }

    @Test
    void sunsetIsSuncalcsSunsetWithinTheTolerance() {
        Instant sunset = SunTimes.compute().on(JAN_5.atStartOfDay(ALMATY)).at(LAT, LON).limit(Duration.ofDays(1)).execute()
                .getSet().toInstant();
        Instant s = Instant.ofEpochSecond(sunset.getEpochSecond());

        AnalysisResult r = onJan5("sunset", "10m").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(s.minusSeconds(600), s.plusSeconds(600)));
        // 17:30:52 local by the NOAA equations
        assertThat(Duration.between(LocalDateTime.parse("2022-01-05T17:30:52").toInstant(ZoneOffset.ofHours(6)), s).abs())
                .isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void sunriseWithoutToleranceAllowsFifteenMinutes() {
        Instant rise = at(SolarCalculator.day(LAT, LON, JAN_5, ALMATY).sunrise());

        AnalysisResult r = onJan5("sunrise", null).run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(rise.minusSeconds(900), rise.plusSeconds(900)));
    }

    @Test
    void nightWithAMorningBoundIsTheDarkBeforeSunrise() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("night", null).clue(A, "not-after", "2022-01-05 12:00").run();

        // local midnight (UTC+6) to sunrise: the daylight hours up to noon are ruled out
        assertThat(window(r, A)).isEqualTo(new TimeWindow(Instant.parse("2022-01-04T18:00:00Z"), at(day.sunrise())));
        // 08:24:09 local by the NOAA equations (hour angle 68.2° at declination −22.7°)
        assertThat(Duration.between(LocalDateTime.parse("2022-01-05T08:24:09").toInstant(ZoneOffset.ofHours(6)),
                window(r, A).latest()).abs()).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void nightWithAnAfternoonBoundIsTheDarkAfterSunset() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("night", null).clue(A, "not-before", "2022-01-05 12:00").run();

        // sunset to the end of the local day (UTC+6): the afternoon's daylight is ruled out
        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunset()), Instant.parse("2022-01-05T17:59:59Z")));
    }

    @Test
    void sunriseOrSunsetSpansFromTheMorningEventToTheEveningEvent() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        AnalysisResult r = onJan5("sunrise-or-sunset", null).run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunrise()).minusSeconds(900), at(day.sunset()).plusSeconds(900)));
    }

    @Test
    void sunriseOrSunsetRulesOutTheMiddleOfTheDay() {
        AnalysisResult r = onJan5("sunrise-or-sunset", "10m").clue(A, "clock", "2022-01-05 13:00", "5m").run();

        assertThat(r.findings()).extracting(Finding::kind).containsExactly("clue-conflict");
        assertThat(r.findings().get(0).clues()).containsExactly("clues.csv:4", "clues.csv:5");
        assertThat(r.findings().get(0).message()).contains("the light in " + A + " shows sunrise-or-sunset±10m (clues.csv:4)");
    }

    @Test
    void sunriseOrSunsetAfterAMiddayItemLeavesOnlySunset() {
        Instant set = at(SolarCalculator.day(LAT, LON, JAN_5, ALMATY).sunset());

        AnalysisResult r = onJan5("sunrise-or-sunset", null).item(B).clue(B, "clock", "2022-01-05 12:00", "5m")
                .clue(A, "after", B).run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(set.minusSeconds(900), set.plusSeconds(900)));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sunriseOrSunsetBeforeAMiddayItemLeavesOnlySunrise() {
        Instant rise = at(SolarCalculator.day(LAT, LON, JAN_5, ALMATY).sunrise());

        AnalysisResult r = onJan5("sunrise-or-sunset", null).item(B).clue(B, "clock", "2022-01-05 12:00", "5m")
                .clue(A, "before", B).run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(rise.minusSeconds(900), rise.plusSeconds(900)));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anElevationBandFindsWhenTheSunStandsThatHigh() {
        AnalysisResult r = onJan5("elevation:20..30", null).run();

        TimeWindow w = window(r, A);
        assertThat(SolarCalculator.position(LAT, LON, w.earliest()).elevation()).isCloseTo(20.0, within(0.05));
        assertThat(SolarCalculator.position(LAT, LON, w.latest()).elevation()).isCloseTo(20.0, within(0.05));
        assertThat(w.contains(Instant.parse("2022-01-05T06:57:30Z"))).isTrue();
    }

    @Test
    void aShadowDirectionFindsWhenShadowsPointThatWay() {
        AnalysisResult r = onJan5("shadow-azimuth:29.7±2", null).run();

        TimeWindow w = window(r, A);
        assertThat(w.contains(Instant.parse("2022-01-05T09:00:00Z"))).isTrue();
        assertThat(SolarCalculator.position(LAT, LON, w.earliest()).shadowAzimuth()).isCloseTo(27.7, within(0.1));
        assertThat(SolarCalculator.position(LAT, LON, w.latest()).shadowAzimuth()).isCloseTo(31.7, within(0.1));
    }

    @Test
    void thePlaceFromThePlacesAnalysisIsUsed() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);
        AnalysisResult places = AnalysisResult.EMPTY.withPlaces(Map.of(A, new Place(new GeoPoint(LAT, LON), 100, null, null)));

        AnalysisResult r = new ChronologyAnalysis().analyze(Cases.almaty().item(A).clue(A, "date", "2022-01-05")
                .clue(A, "sun", "daylight").build(), places);

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunrise()), at(day.sunset())));
    }

    @Test
    void usedAloneTheAnalystsPlaceWinsOverTheImportersAsThePlacesAnalysisRules() {
        SolarDay day = SolarCalculator.day(LAT, LON, JAN_5, ALMATY);

        // the importer's GPS fix is far off (Greenwich); the analyst placed the video at Republic Square
        AnalysisResult r = Cases.almaty().item(A, "place=51.4779,0.0015,5").clue(A, "date", "2022-01-05")
                .clue(A, "place", "republic-square").clue(A, "sun", "daylight").run();

        assertThat(window(r, A)).isEqualTo(new TimeWindow(at(day.sunrise()), at(day.sunset())));
    }

    @Test
    void aSunClueWithoutAPlaceIsIgnoredWithAWarning() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "date", "2022-01-05").clue(A, "sun", "daylight").run();

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("clue-ignored");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clues()).containsExactly("clues.csv:3");
            assertThat(f.message()).contains("place");
        });
        assertThat(window(r, A)).isEqualTo(utc("2022-01-04T18:00:00Z", "2022-01-05T17:59:59Z"));
    }

    @Test
    void aSunClueOverMoreThan400CandidateDaysIsIgnoredWithAWarning() {
        AnalysisResult r = Cases.almaty().range("2020-01-01T00:00:00Z", "2022-01-01T00:00:00Z").item(A)
                .clue(A, "place", "republic-square").clue(A, "sun", "daylight").run();

        assertThat(r.findings()).extracting(Finding::kind).containsExactly("clue-ignored");
        assertThat(r.findings().get(0).message()).contains("more than 400 candidate days");
    }

    @Test
    void aSunClueWithoutCandidateDaysIsIgnoredWithAWarning() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "place", "republic-square").clue(A, "sun", "night").run();

        assertThat(r.findings()).extracting(Finding::kind).containsExactly("clue-ignored");
        assertThat(r.findings().get(0).message()).contains("candidate days");
        assertThat(window(r, A)).isEqualTo(utc(null, null));
    }
}
