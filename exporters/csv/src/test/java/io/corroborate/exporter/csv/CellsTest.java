package io.corroborate.exporter.csv;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void localTimeFollowsTheZoneRulesOfThatInstant() {
        assertThat(Cells.local(Instant.parse("2022-01-05T09:10:00Z"), ALMATY)).isEqualTo("2022-01-05 15:10");
        assertThat(Cells.local(Instant.parse("2024-03-05T09:10:00Z"), ALMATY)).isEqualTo("2024-03-05 14:10");
    }

    @Test
    void secondsAppearOnlyWhenNotZero() {
        assertThat(Cells.local(Instant.parse("2022-01-05T09:14:03Z"), ALMATY)).isEqualTo("2022-01-05 15:14:03");
    }

    @Test
    void anUpperBoundRoundsUpToTheSecondSoTheWindowNeverNarrows() {
        assertThat(Cells.localCeiling(Instant.parse("2022-01-05T09:14:03.200Z"), ALMATY)).isEqualTo("2022-01-05 15:14:04");
        assertThat(Cells.local(Instant.parse("2022-01-05T09:14:03.200Z"), ALMATY)).isEqualTo("2022-01-05 15:14:03");
    }

    @Test
    void coordinatesHaveAtMostSixDecimalsAndNoExponent() {
        assertThat(Cells.coordinate(-77.0427934)).isEqualTo("-77.042793");
        assertThat(Cells.coordinate(43.25)).isEqualTo("43.25");
        assertThat(Cells.coordinate(0.00001)).isEqualTo("0.00001");
        assertThat(Cells.number(150.0)).isEqualTo("150");
    }
}
