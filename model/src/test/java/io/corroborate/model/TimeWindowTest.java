package io.corroborate.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeWindowTest {
    private static Instant t(String s) {
        return Instant.parse(s);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TimeWindow(t("2022-01-05T10:00:00Z"), t("2022-01-05T09:00:00Z")))
                .hasMessageContaining("starts at 2022-01-05T10:00:00Z after it ends at 2022-01-05T09:00:00Z");
    }

    @Test
    void intersectsOpenAndClosedWindows() {
        TimeWindow a = new TimeWindow(t("2022-01-05T09:00:00Z"), null);
        TimeWindow b = new TimeWindow(null, t("2022-01-05T11:00:00Z"));
        assertThat(a.intersect(b)).isEqualTo(new TimeWindow(t("2022-01-05T09:00:00Z"), t("2022-01-05T11:00:00Z")));
        assertThat(a.intersect(new TimeWindow(null, t("2022-01-05T08:00:00Z")))).isNull();
    }

    @Test
    void spanIsOpenWhenEitherSideIsOpen() {
        TimeWindow a = new TimeWindow(t("2022-01-05T09:00:00Z"), t("2022-01-05T10:00:00Z"));
        assertThat(a.span(new TimeWindow(t("2022-01-05T11:00:00Z"), t("2022-01-05T12:00:00Z"))))
                .isEqualTo(new TimeWindow(t("2022-01-05T09:00:00Z"), t("2022-01-05T12:00:00Z")));
        assertThat(a.span(new TimeWindow(null, t("2022-01-05T12:00:00Z"))).earliest()).isNull();
    }

    @Test
    void nearCountsTheGapOnEitherSide() {
        TimeWindow a = new TimeWindow(t("2022-01-05T09:00:00Z"), t("2022-01-05T10:00:00Z"));
        TimeWindow b = new TimeWindow(t("2022-01-05T10:20:00Z"), t("2022-01-05T10:30:00Z"));
        assertThat(a.near(b, Duration.ofMinutes(30))).isTrue();
        assertThat(b.near(a, Duration.ofMinutes(30))).isTrue();
        assertThat(a.near(b, Duration.ofMinutes(10))).isFalse();
        assertThat(b.near(a, Duration.ofMinutes(10))).isFalse();
    }

    @Test
    void whollyBeforeNeedsBothBounds() {
        TimeWindow a = new TimeWindow(t("2022-01-05T09:00:00Z"), t("2022-01-05T10:00:00Z"));
        assertThat(a.whollyBefore(new TimeWindow(t("2022-01-05T10:00:01Z"), null))).isTrue();
        assertThat(a.whollyBefore(new TimeWindow(t("2022-01-05T10:00:00Z"), null))).isFalse();
        assertThat(a.whollyBefore(TimeWindow.UNBOUNDED)).isFalse();
    }
}
