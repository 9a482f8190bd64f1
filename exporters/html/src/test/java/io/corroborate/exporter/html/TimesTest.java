package io.corroborate.exporter.html;

import io.corroborate.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {
    private final Times almaty = new Times(ZoneId.of("Asia/Almaty"));

    private static TimeWindow window(String a, String b) {
        return new TimeWindow(a == null ? null : Instant.parse(a), b == null ? null : Instant.parse(b));
    }

    @Test
    void windowWithinOneDayShowsLocalThenUtc() {
        assertThat(almaty.window(window("2022-01-05T09:00:00Z", "2022-01-05T11:30:00Z")))
                .isEqualTo("2022-01-05 15:00–17:30 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00–11:30 UTC");
    }

    @Test
    void windowAcrossLocalMidnightNamesBothDates() {
        assertThat(almaty.window(window("2022-01-04T17:50:00Z", "2022-01-04T19:05:00Z")))
                .isEqualTo("2022-01-04 23:50 – 2022-01-05 01:05 Asia/Almaty (UTC+06:00) · 2022-01-04 17:50–19:05 UTC");
    }

    @Test
    void almatyUsesTheOffsetOfTheDateNotOfToday() {
        // Kazakhstan moved Almaty from UTC+6 to UTC+5 on 1 March 2024
        assertThat(almaty.instant(Instant.parse("2024-06-01T06:00:00Z"))).isEqualTo("2024-06-01 11:00 Asia/Almaty (UTC+05:00) · 2024-06-01 06:00 UTC");
        assertThat(almaty.instant(Instant.parse("2022-01-05T06:00:00Z"))).isEqualTo("2022-01-05 12:00 Asia/Almaty (UTC+06:00) · 2022-01-05 06:00 UTC");
    }

    @Test
    void aWindowAcrossAnOffsetChangeShowsBothOffsets() {
        Times berlin = new Times(ZoneId.of("Europe/Berlin"));

        assertThat(berlin.window(window("2022-03-27T00:30:00Z", "2022-03-27T01:30:00Z")))
                .isEqualTo("2022-03-27 01:30–03:30 Europe/Berlin (UTC+01:00 to UTC+02:00) · 2022-03-27 00:30–01:30 UTC");
    }

    @Test
    void secondsAppearOnlyWhenTheyAreNotZero() {
        assertThat(almaty.window(window("2022-01-05T09:14:03Z", "2022-01-05T09:20:00Z")))
                .isEqualTo("2022-01-05 15:14:03–15:20:00 Asia/Almaty (UTC+06:00) · 2022-01-05 09:14:03–09:20:00 UTC");
    }

    @Test
    void openAndPointWindowsAreSaidInWords() {
        assertThat(almaty.window(TimeWindow.UNBOUNDED)).isEqualTo("unknown");
        assertThat(almaty.window(window(null, "2022-01-05T09:00:00Z"))).isEqualTo("not after 2022-01-05 15:00 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00 UTC");
        assertThat(almaty.window(window("2022-01-05T09:00:00Z", null))).isEqualTo("not before 2022-01-05 15:00 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00 UTC");
        assertThat(almaty.window(window("2022-01-05T09:00:00Z", "2022-01-05T09:00:00Z"))).isEqualTo("at 2022-01-05 15:00 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00 UTC");
    }

    @Test
    void utcItselfShowsPlusZero() {
        assertThat(new Times(ZoneId.of("UTC")).offset(Instant.parse("2022-01-05T09:00:00Z"))).isEqualTo("UTC+00:00");
    }
}
