package io.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `corroborate sun`: the chronolocation helper, in the place's local time with the zone's historical offsets. */
class SunCommandTest {
    @Test
    void printsTheDaysSunTimesInLocalTimeAndThePositionAtAGivenTime() {
        Cli cli = Cli.run("sun", "--lat", "43.2383", "--lon", "76.9456", "--date", "2022-01-05", "--zone", "Asia/Almaty", "--at", "15:10");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("on 2022-01-05 (Asia/Almaty, UTC+06:00)")
                .containsPattern("sunrise\\s+08:2[3-5]").containsPattern("sunset\\s+17:3[0-2]")
                .containsPattern("civil dawn\\s+07:5[1-3]").containsPattern("civil dusk\\s+18:0[2-4]")
                .contains("at 15:10: elevation 17.").contains("shadows point to 31.").contains("(NNE)");
    }

    @Test
    void usesTheOffsetTheZoneHadOnThatDate() throws IOException {
        // Almaty moved from UTC+6 to UTC+5 on 1 March 2024
        JsonNode day = json("sun", "--lat", "43.2383", "--lon", "76.9456", "--date", "2024-06-01", "--zone", "Asia/Almaty", "--json");
        assertThat(day.get("utcOffset").asText()).isEqualTo("+05:00");
        assertThat(OffsetDateTime.parse(day.get("sunrise").asText()).getOffset().getId()).isEqualTo("+05:00");
        assertThat(OffsetDateTime.parse(day.get("sunrise").asText()).getHour()).isEqualTo(4);
    }

    @Test
    void jsonGivesTheSunsPositionAndNoShadowsAtNight() throws IOException {
        JsonNode day = json("sun", "--lat", "43.2383", "--lon", "76.9456", "--date", "2022-01-05", "--zone", "Asia/Almaty", "--at", "15:10", "--json");
        assertThat(day.at("/at/elevation").asDouble()).isCloseTo(17.5, within(0.5));
        assertThat(day.at("/at/azimuth").asDouble()).isCloseTo(211.9, within(0.5));
        assertThat(day.at("/at/shadowAzimuth").asDouble()).isCloseTo(31.9, within(0.5));
        JsonNode night = json("sun", "--lat", "43.2383", "--lon", "76.9456", "--date", "2022-01-05", "--zone", "Asia/Almaty", "--at", "23:00", "--json");
        assertThat(night.at("/at/elevation").asDouble()).isNegative();
        assertThat(night.at("/at/shadowAzimuth").isNull()).isTrue();
    }

    @Test
    void aTimeTheClocksSkipIsShiftedWithAWarning() throws IOException {
        // Berlin went from 02:00 CET to 03:00 CEST on 27 March 2022: 02:30 never happened
        Cli cli = Cli.run("sun", "--lat", "52.52", "--lon", "13.405", "--date", "2022-03-27", "--zone", "Europe/Berlin", "--at", "02:30",
                "--json");
        assertThat(cli.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).at("/at/time").asText()).isEqualTo("2022-03-27T03:30+02:00");
        assertThat(cli.err()).isEqualTo("warning: --at 02:30 does not exist on 2022-03-27 in Europe/Berlin (clocks went forward"
                + " from 02:00 to 03:00); used 03:30 (UTC+02:00), which a clock not yet moved forward (UTC+01:00) shows as 02:30"
                + System.lineSeparator());
    }

    @Test
    void theTextOutputNamesTheShiftedTime() {
        Cli cli = Cli.run("sun", "--lat", "52.52", "--lon", "13.405", "--date", "2022-03-27", "--zone", "Europe/Berlin", "--at", "02:30");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("at 03:30: elevation ").doesNotContain("at 02:30");
    }

    @Test
    void aTimeThatOccursTwiceUsesTheFirstWithAWarning() throws IOException {
        // Berlin went back from 03:00 CEST to 02:00 CET on 30 October 2022: 02:30 happened twice
        Cli cli = Cli.run("sun", "--lat", "52.52", "--lon", "13.405", "--date", "2022-10-30", "--zone", "Europe/Berlin", "--at", "02:30",
                "--json");
        assertThat(cli.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).at("/at/time").asText()).isEqualTo("2022-10-30T02:30+02:00");
        assertThat(cli.err()).isEqualTo("warning: --at 02:30 occurs twice on 2022-10-30 in Europe/Berlin (clocks went back"
                + " from 03:00 to 02:00); used the first, UTC+02:00; the second, UTC+01:00, is 1h later" + System.lineSeparator());
    }

    @Test
    void aTimeJustAfterTheSkippedHourGivesNoWarning() {
        Cli cli = Cli.run("sun", "--lat", "52.52", "--lon", "13.405", "--date", "2022-03-27", "--zone", "Europe/Berlin", "--at", "03:00");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("(Europe/Berlin, UTC+02:00)").contains("at 03:00: elevation ");
    }

    @Test
    void aZeroOffsetIsWrittenUtc() {
        Cli cli = Cli.run("sun", "--lat", "51.4779", "--lon", "0.0015", "--date", "2022-01-05", "--zone", "Europe/London");
        assertThat(cli.out()).contains("(Europe/London, UTC)").doesNotContain("UTCZ");
    }

    @Test
    void badArgumentsAreExit2NamingTheOption() {
        Cli lat = Cli.run("sun", "--lat", "95", "--lon", "76.9", "--date", "2022-01-05");
        assertThat(lat.exitCode()).isEqualTo(2);
        assertThat(lat.err()).contains("--lat: 95.0 is outside -90..90");
        Cli date = Cli.run("sun", "--lat", "43.2", "--lon", "76.9", "--date", "2022-02-30");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--date: '2022-02-30' is not a date");
        Cli zone = Cli.run("sun", "--lat", "43.2", "--lon", "76.9", "--date", "2022-01-05", "--zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.err()).contains("--zone: 'Mars/Olympus' is not an IANA time zone");
    }

    private static JsonNode json(String... args) throws IOException {
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).isZero();
        return new ObjectMapper().readTree(cli.out());
    }
}
