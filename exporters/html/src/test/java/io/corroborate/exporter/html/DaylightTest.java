package io.corroborate.exporter.html;

import io.corroborate.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.shredzone.commons.suncalc.SunTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DaylightTest {
    private static final GeoPoint ALMATY = new GeoPoint(43.2383, 76.9453);
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private final Daylight sun = new Daylight(ALMATY);

    @Test
    void localNoonIsDayAndLocalMidnightIsNight() {
        assertThat(sun.phaseAt(Instant.parse("2022-01-05T06:00:00Z"))).isEqualTo(Daylight.Phase.DAY);
        assertThat(sun.phaseAt(Instant.parse("2022-01-04T18:00:00Z"))).isEqualTo(Daylight.Phase.NIGHT);
    }

    @Test
    void oneLocalDayGoesThroughDawnSunriseSunsetAndDusk() {
        Instant from = Instant.parse("2022-01-04T18:00:00Z");
        List<Daylight.Band> bands = sun.bands(from, from.plus(Duration.ofDays(1)));

        assertThat(bands).extracting(Daylight.Band::phase).containsExactly(Daylight.Phase.NIGHT, Daylight.Phase.TWILIGHT, Daylight.Phase.DAY,
                Daylight.Phase.TWILIGHT, Daylight.Phase.NIGHT);
        assertThat(Daylight.changes(bands)).extracting(Daylight.Change::name).containsExactly("civil dawn", "sunrise", "sunset", "civil dusk");
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).start()).isEqualTo(bands.get(i - 1).end());
        }
    }

    @Test
    void sunriseAndSunsetAgreeWithTheLibrarysOwnRiseAndSet() {
        Instant from = Instant.parse("2022-01-04T18:00:00Z");
        List<Daylight.Change> changes = Daylight.changes(sun.bands(from, from.plus(Duration.ofDays(1))));
        SunTimes times = SunTimes.compute().on(from.atZone(ZONE)).timezone(ZONE).at(ALMATY.lat(), ALMATY.lon()).execute();

        assertThat(Duration.between(times.getRise().toInstant(), changes.get(1).at()).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(Duration.between(times.getSet().toInstant(), changes.get(2).at()).abs()).isLessThan(Duration.ofMinutes(2));
        // independent check: at 43.24° N early in January the sun rises near 08:24 local (UTC+6) and sets near 17:31
        assertThat(changes.get(1).at().atZone(ZONE).toLocalTime()).isBetween(java.time.LocalTime.of(8, 15), java.time.LocalTime.of(8, 35));
        assertThat(changes.get(2).at().atZone(ZONE).toLocalTime()).isBetween(java.time.LocalTime.of(17, 20), java.time.LocalTime.of(17, 40));
    }

    @Test
    void civilTwilightLastsAboutHalfAnHourAtThisLatitude() {
        Instant from = Instant.parse("2022-01-04T18:00:00Z");
        List<Daylight.Band> bands = sun.bands(from, from.plus(Duration.ofDays(1)));

        assertThat(bands.get(1).phase()).isEqualTo(Daylight.Phase.TWILIGHT);
        assertThat(Duration.between(bands.get(1).start(), bands.get(1).end())).isBetween(Duration.ofMinutes(25), Duration.ofMinutes(40));
    }

    @Test
    void polarNightHasNoDayAtAll() {
        Daylight tromso = new Daylight(new GeoPoint(69.65, 18.96));
        Instant from = Instant.parse("2022-12-21T00:00:00Z");

        assertThat(tromso.bands(from, from.plus(Duration.ofDays(1)))).extracting(Daylight.Band::phase).doesNotContain(Daylight.Phase.DAY);
    }

    @Test
    void anEmptySpanHasNoBands() {
        Instant t = Instant.parse("2022-01-05T00:00:00Z");

        assertThat(sun.bands(t, t)).isEmpty();
    }
}
