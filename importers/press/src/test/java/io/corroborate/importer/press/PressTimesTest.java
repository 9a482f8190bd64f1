package io.corroborate.importer.press;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PressTimesTest {
    private static final Optional<ZoneId> NO_ZONE = Optional.empty();
    private static final Optional<ZoneId> ALMATY = Optional.of(ZoneId.of("Asia/Almaty"));

    private static PressTime parse(String raw) throws PressTimes.DateProblem {
        return PressTimes.parse(raw, NO_ZONE);
    }

    @Test
    void rfc822WithFourDigitYearAndNumericOffset() throws Exception {
        assertThat(parse("Wed, 05 Jan 2022 15:12:44 +0600").value()).isEqualTo("2022-01-05T09:12:44Z");
    }

    @Test
    void rfc822WithTwoDigitYearAndZoneName() throws Exception {
        assertThat(parse("Wed, 05 Jan 22 04:30:00 EST").value()).isEqualTo("2022-01-05T09:30:00Z");
        assertThat(parse("Fri, 01 Jan 99 00:00:00 GMT").value()).isEqualTo("1999-01-01T00:00:00Z");
    }

    @Test
    void rfc822ZoneNamesUtAndPdtAndColonOffset() throws Exception {
        assertThat(parse("5 Jan 2022 09:00:00 UT").value()).isEqualTo("2022-01-05T09:00:00Z");
        assertThat(parse("Tue, 05 Jul 2022 02:00:00 PDT").value()).isEqualTo("2022-07-05T09:00:00Z");
        assertThat(parse("Wed, 05 Jan 2022 15:12:44 +06:00").value()).isEqualTo("2022-01-05T09:12:44Z");
    }

    @Test
    void timeWithoutSecondsIsTheMinuteItNames() throws Exception {
        PressTime t = parse("Thu, 6 Jan 2022 03:00 GMT");
        assertThat(t.value()).isEqualTo("2022-01-06T03:00:00Z/2022-01-06T03:00:59Z");
        assertThat(t.earliest()).isEqualTo(Instant.parse("2022-01-06T03:00:00Z"));
    }

    @Test
    void rfc3339WithOffsetFractionAndZ() throws Exception {
        assertThat(parse("2022-01-05T18:30:00+06:00").value()).isEqualTo("2022-01-05T12:30:00Z");
        assertThat(parse("2022-01-05T09:45:30.500+0600").value()).isEqualTo("2022-01-05T03:45:30.500Z");
        assertThat(parse("2022-01-05t03:00:00z").value()).isEqualTo("2022-01-05T03:00:00Z");
    }

    @Test
    void impossibleDatesAreRejectedNotRolledOver() {
        assertThatThrownBy(() -> parse("Fri, 31 Jun 2022 10:00:00 +0600")).isInstanceOf(PressTimes.DateProblem.class)
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> parse("2021-02-29T10:00:00Z")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> parse("2022-01-05T24:30:00Z")).hasMessageContaining("not a real time");
        assertThatThrownBy(() -> parse("2022-13-05T10:00:00Z")).hasMessageContaining("not a real date");
    }

    @Test
    void wallTimeWithoutZoneIsAnErrorWithoutSourceZone() {
        assertThatThrownBy(() -> parse("Wed, 05 Jan 2022 15:12:44")).hasMessageContaining("has no time zone");
        assertThatThrownBy(() -> parse("2022-01-05 15:12:44")).hasMessageContaining("has no time zone");
    }

    @Test
    void wallTimeWithoutZoneIsReadInTheSourceZone() throws Exception {
        assertThat(PressTimes.parse("Wed, 05 Jan 2022 15:12:44", ALMATY).value()).isEqualTo("2022-01-05T09:12:44Z");
        // Almaty moved from UTC+6 to UTC+5 on 1 March 2024: the zone's own rules decide, not a fixed offset
        assertThat(PressTimes.parse("2024-06-01T12:00:00", ALMATY).value()).isEqualTo("2024-06-01T07:00:00Z");
    }

    @Test
    void dateAloneIsTheWholeDayOfTheSourceZone() throws Exception {
        assertThat(PressTimes.parse("2022-01-05", ALMATY).value()).isEqualTo("2022-01-04T18:00:00Z/2022-01-05T17:59:59Z");
        assertThatThrownBy(() -> parse("2022-01-05")).hasMessageContaining("has no time zone");
    }

    @Test
    void wallTimeRepeatedByAClockChangeIsASpan() throws Exception {
        PressTime t = PressTimes.parse("2021-10-31T02:30:00", Optional.of(ZoneId.of("Europe/Berlin")));
        assertThat(t.value()).isEqualTo("2021-10-31T00:30:00Z/2021-10-31T01:30:00Z");
    }

    @Test
    void wallTimeSkippedByAClockChangeIsAnError() {
        assertThatThrownBy(() -> PressTimes.parse("2021-03-28T02:30:00", Optional.of(ZoneId.of("Europe/Berlin"))))
                .hasMessageContaining("does not exist");
    }

    @Test
    void unknownZoneNamesAndMilitaryLettersAreRejected() {
        assertThatThrownBy(() -> parse("Wed, 05 Jan 2022 15:12:44 ALMT")).hasMessageContaining("not an RFC 822 zone");
        assertThatThrownBy(() -> parse("Wed, 05 Jan 2022 15:12:44 A")).hasMessageContaining("not an RFC 822 zone");
    }

    @Test
    void wrongDayNameKeepsTheDateWithAWarning() throws Exception {
        PressTime t = parse("Mon, 05 Jan 2022 15:12:44 +0600");
        assertThat(t.value()).isEqualTo("2022-01-05T09:12:44Z");
        assertThat(t.warning()).contains("names a Monday").contains("Wednesday");
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> parse("yesterday")).hasMessageContaining("neither an RFC 822 nor an ISO 8601 date");
        assertThatThrownBy(() -> parse("05 Foo 2022 10:00:00 GMT")).hasMessageContaining("not an English month");
        assertThatThrownBy(() -> parse("2022-01-05T10:00:00+19:00")).hasMessageContaining("impossible offset");
    }
}
