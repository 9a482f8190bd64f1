package io.corroborate.importer.media;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureTimesTest {
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void exifStampWithAndWithoutOffset() throws Exception {
        CaptureTimes.Stamp s = CaptureTimes.stamp("2022:01:05 15:14:03+06:00");
        assertThat(s.wall()).isEqualTo(LocalDateTime.of(2022, 1, 5, 15, 14, 3));
        assertThat(s.offset()).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(CaptureTimes.stamp("2022:01:05 15:14:03").offset()).isNull();
        assertThat(CaptureTimes.stamp("2022:01:05 09:14:03.45Z").wall().getNano()).isEqualTo(450_000_000);
    }

    @Test
    void unsetStampsAreNull() throws Exception {
        assertThat(CaptureTimes.stamp("0000:00:00 00:00:00")).isNull();
        assertThat(CaptureTimes.stamp("    :  :     :  :  ")).isNull();
        assertThat(CaptureTimes.stamp("")).isNull();
    }

    @Test
    void impossibleStampIsRejectedNotRolledOver() {
        assertThatThrownBy(() -> CaptureTimes.stamp("2022:02:30 10:00:00")).hasMessageContaining("not a real date-time");
        assertThatThrownBy(() -> CaptureTimes.stamp("2022:01:05 25:00:00")).hasMessageContaining("not a real date-time");
        assertThatThrownBy(() -> CaptureTimes.stamp("yesterday")).hasMessageContaining("not a date-time");
    }

    @Test
    void separateOffsetAndSubSecondTagsApply() throws Exception {
        CaptureTimes.Stamp s = CaptureTimes.withParts(CaptureTimes.stamp("2022:01:05 15:14:03"), "+06:00", "045");
        assertThat(s.wall().toInstant(s.offset())).isEqualTo(Instant.parse("2022-01-05T09:14:03.045Z"));
        assertThat(CaptureTimes.withParts(CaptureTimes.stamp("2022:01:05 15:14:03"), "   :  ", null).offset()).isNull();
        assertThatThrownBy(() -> CaptureTimes.withParts(CaptureTimes.stamp("2022:01:05 15:14:03"), "+25:00", null))
                .hasMessageContaining("impossible");
    }

    @Test
    void localTimeInAClockChangeOverlapKeepsBothReadings() {
        CaptureTimes.Reading r = CaptureTimes.local(LocalDateTime.of(2021, 10, 31, 2, 30), Optional.of(ZoneId.of("Europe/Berlin")),
                ZoneId.of("Asia/Almaty"), TWO_MINUTES, "test");
        assertThat(r.value()).isEqualTo("2021-10-31T00:30:00Z | 2021-10-31T01:30:00Z");
    }

    @Test
    void quickTimeReadingsCollapseWhenTheZoneIsUtc() {
        Instant t = Instant.parse("2022-01-05T09:14:03Z");
        assertThat(CaptureTimes.quickTime(t, Optional.empty(), ZoneId.of("UTC"), TWO_MINUTES, "n").value()).isEqualTo("2022-01-05T09:14:03Z");
        assertThat(CaptureTimes.quickTime(t, Optional.empty(), ZoneId.of("Asia/Almaty"), TWO_MINUTES, "n").value())
                .isEqualTo("2022-01-05T09:14:03Z | 2022-01-05T03:14:03Z");
    }

    @Test
    void almatyRulesFollowTheDateNotAFixedOffset() {
        // Kazakhstan moved Almaty from UTC+6 to UTC+5 on 1 March 2024
        CaptureTimes.Reading r = CaptureTimes.local(LocalDateTime.of(2024, 6, 1, 12, 0), Optional.empty(), ZoneId.of("Asia/Almaty"),
                TWO_MINUTES, "test");
        assertThat(r.value()).isEqualTo("2024-06-01T07:00:00Z | 2024-06-01T12:00:00Z");
    }
}
