package io.corroborate.importer.facebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostCreatedTest {
    @ParameterizedTest
    @CsvSource({
            "2022-01-05 09:03:12 EST, 2022-01-05T14:03:12Z",
            "2022-07-05 09:03:12 EST, 2022-07-05T14:03:12Z",
            "2022-07-05 09:03:12 EDT, 2022-07-05T13:03:12Z",
            "2022-01-05 09:03:12 PST, 2022-01-05T17:03:12Z",
            "2022-01-05 15:03:12 +0600, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12 +06, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12 +06:00, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12+0600, 2022-01-05T09:03:12Z",
            "2022-01-05 04:03:12 -0500, 2022-01-05T09:03:12Z",
            "2022-01-05 09:03:12 UTC, 2022-01-05T09:03:12Z",
            "2022-01-05 09:03:12 GMT, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12 GMT+6, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12 ALMT, 2022-01-05T09:03:12Z",
            "2022-01-05 15:03:12 Asia/Almaty, 2022-01-05T09:03:12Z",
            "2022-01-05 09:03 UTC, 2022-01-05T09:03:00Z",
    })
    void zoneTokenIsKeptAndConverted(String text, String utc) {
        PostCreated.Time t = PostCreated.parse(text, Optional.empty());

        assertThat(t.exact()).isTrue();
        assertThat(t.start()).isEqualTo(Instant.parse(utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-01-05 09:03:12 IST", "2022-01-05 09:03:12 XYZ", "2022-01-05 09:03:12 +25", "2022-01-05 09:03:12 Mars/Olympus"})
    void unknownOrAmbiguousTokenIsRefused(String text) {
        assertThatThrownBy(() -> PostCreated.parse(text, Optional.of(ZoneId.of("Asia/Almaty"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone token");
    }

    @Test
    void noZoneIsRefusedWithoutASourceZone() {
        assertThatThrownBy(() -> PostCreated.parse("2022-01-06 04:00:00", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no time zone");
    }

    @Test
    void noZoneUsesTheSourceZone() {
        assertThat(PostCreated.parse("2022-01-06 04:00:00", Optional.of(ZoneId.of("Asia/Almaty"))).start())
                .isEqualTo(Instant.parse("2022-01-05T22:00:00Z"));
    }

    @Test
    void localTimeInADaylightSavingOverlapIsASpanOfBothReadings() {
        PostCreated.Time t = PostCreated.parse("2022-11-06 01:30:00", Optional.of(ZoneId.of("America/New_York")));

        assertThat(t.exact()).isFalse();
        assertThat(t.clueValue()).isEqualTo("2022-11-06T05:30:00Z/2022-11-06T06:30:00Z");
    }

    @Test
    void localTimeInADaylightSavingGapIsRefused() {
        assertThatThrownBy(() -> PostCreated.parse("2022-03-13 02:30:00", Optional.of(ZoneId.of("America/New_York"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30 10:00:00 UTC", "2022-01-05 25:00:00 UTC", "05/01/2022 09:03", "yesterday"})
    void impossibleOrUnreadableTimeIsRefused(String text) {
        assertThatThrownBy(() -> PostCreated.parse(text, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
