package io.corroborate.analysis.claims;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static List<Statement> parse(String s) throws ClaimSyntaxException {
        return Parser.parse(s, ALMATY);
    }

    private static Statement one(String s) throws ClaimSyntaxException {
        List<Statement> all = parse(s);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void anAbsenceOverTheWholeCase() throws Exception {
        assertThat(one("no live-fire by security-forces"))
                .isEqualTo(new Statement.Conduct(true, "live-fire", "security-forces", Statement.Scope.CASE, "no live-fire by security-forces"));
    }

    @Test
    void anAbsenceAtAPlaceBetweenTwoLocalTimesOfTheCaseZone() throws Exception {
        Statement.Conduct c = (Statement.Conduct) one("no live-fire by security-forces at republic-square between 2022-01-05T15:00 and 2022-01-05T17:30");
        assertThat(c.scope().place()).isEqualTo("republic-square");
        assertThat(c.scope().placePosition()).isEqualTo(36);
        // Almaty was UTC+6 in January 2022
        assertThat(c.scope().from()).isEqualTo(Instant.parse("2022-01-05T09:00:00Z"));
        assertThat(c.scope().to()).isEqualTo(Instant.parse("2022-01-05T11:30:00Z"));
    }

    @Test
    void localTimesFollowTheZonesHistoricalOffsets() throws Exception {
        // Almaty moved to UTC+5 on 1 March 2024
        Statement.Conduct c = (Statement.Conduct) one("no tear-gas after 2024-06-01T10:00");
        assertThat(c.scope().from()).isEqualTo(Instant.parse("2024-06-01T05:00:00Z"));
    }

    @Test
    void timesWithAnOffsetOrZAreTakenAsWritten() throws Exception {
        Statement.Conduct c = (Statement.Conduct) one("no tear-gas between 2022-01-05T09:00Z and 2022-01-05T17:30:15+06:00");
        assertThat(c.scope().from()).isEqualTo(Instant.parse("2022-01-05T09:00:00Z"));
        assertThat(c.scope().to()).isEqualTo(Instant.parse("2022-01-05T11:30:15Z"));
    }

    @Test
    void aDateCoversItsWholeLocalDay() throws Exception {
        Statement.Conduct on = (Statement.Conduct) one("no live-fire on 2022-01-06");
        assertThat(on.scope().from()).isEqualTo(Instant.parse("2022-01-05T18:00:00Z"));
        assertThat(on.scope().to()).isEqualTo(Instant.parse("2022-01-06T18:00:00Z"));
        Statement.Conduct before = (Statement.Conduct) one("no live-fire before 2022-01-06");
        assertThat(before.scope().from()).isNull();
        assertThat(before.scope().to()).isEqualTo(Instant.parse("2022-01-05T18:00:00Z"));
        Statement.Conduct between = (Statement.Conduct) one("no live-fire between 2022-01-05 and 2022-01-06");
        assertThat(between.scope().to()).isEqualTo(Instant.parse("2022-01-06T18:00:00Z"));
    }

    @Test
    void countsWithEachComparison() throws Exception {
        assertThat(one("killed at president-residence <= 0")).isEqualTo(new Statement.Count(Statement.Measure.KILLED,
                new Statement.Scope("president-residence", 11, null, null), Statement.Comparison.AT_MOST, 0, "killed at president-residence <= 0"));
        assertThat(((Statement.Count) one("killed >= 225")).comparison()).isEqualTo(Statement.Comparison.AT_LEAST);
        assertThat(((Statement.Count) one("injured <= 5")).measure()).isEqualTo(Statement.Measure.INJURED);
        assertThat(((Statement.Count) one("casualties < 3")).comparison()).isEqualTo(Statement.Comparison.LESS);
        assertThat(((Statement.Count) one("killed > 3")).comparison()).isEqualTo(Statement.Comparison.MORE);
        assertThat(((Statement.Count) one("KILLED == 3")).comparison()).isEqualTo(Statement.Comparison.EXACTLY);
        assertThat(((Statement.Count) one("killed = 3")).number()).isEqualTo(3);
    }

    @Test
    void armedMeansFirearmsByTheActor() throws Exception {
        assertThat(one("no armed security-forces")).isEqualTo(new Statement.Conduct(true, "firearms", "security-forces", Statement.Scope.CASE,
                "no armed security-forces"));
    }

    @Test
    void aPresenceClaimAndAnyForce() throws Exception {
        Statement.Conduct c = (Statement.Conduct) one("armed rioters at \"Republic Square\"");
        assertThat(c.absent()).isFalse();
        assertThat(c.scope().place()).isEqualTo("Republic Square");
        assertThat(((Statement.Conduct) one("no force by protesters")).force()).isEqualTo("any");
    }

    @Test
    void namesAreNormalisedLikeObservationLabels() throws Exception {
        Statement.Conduct c = (Statement.Conduct) one("no \"Live Fire\" by Security-Forces");
        assertThat(c.force()).isEqualTo("live-fire");
        assertThat(c.actor()).isEqualTo("security-forces");
    }

    @Test
    void statementsAreSeparatedBySemicolonsAndATrailingOneIsAllowed() throws Exception {
        List<Statement> all = parse("no live-fire by security-forces; killed <= 0 ;");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).source()).isEqualTo("no live-fire by security-forces");
        assertThat(all.get(1).source()).isEqualTo("killed <= 0");
    }

    @Test
    void untestableWithAReason() throws Exception {
        assertThat(one("untestable \"motive of the crowd\"")).isEqualTo(new Statement.Untestable("motive of the crowd", "untestable \"motive of the crowd\""));
    }

    private static void fails(String text, int position, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(ClaimSyntaxException.class, e -> {
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.getMessage()).startsWith("at character " + position + ": ").contains(message);
        });
    }

    @Test
    void errorsNameTheCharacterPosition() {
        fails("no live-fire bye security-forces", 14, "expected ';' or the end of the text, found 'bye'");
        fails("killed at president-residence 0", 31, "expected a comparison");
        fails("killed >= lots", 11, "expected a whole number");
        fails("", 1, "expected a statement");
        fails("no", 3, "expected a force such as live-fire, or 'armed', found the end of the text");
        fails("no armed", 9, "expected an actor");
        fails("no live-fire by by", 17, "expected an actor");
        fails("no tear-gas at \"Republic Square", 16, "never closed");
        fails("no tear-gas # comment", 13, "unexpected character '#'");
        fails("no tear-gas on 2022-13-45", 16, "'2022-13-45' is not a valid date");
        fails("no tear-gas between 2022-01-05T17:00 and 2022-01-05T15:00", 42, "end of 'between' is before its start");
        fails("no tear-gas between 2022-01-05T17:00 2022-01-05T18:00", 38, "expected 'and'");
        fails("no tear-gas at a at b", 18, "a second place");
        fails("no tear-gas on 2022-01-05 after 2022-01-04", 27, "a second time limit");
        fails("no tear-gas at 12:00", 16, "'12:00' is not a word");
        fails("killed <= 99999999999", 11, "too large");
        fails("no tear-gas on 15:00", 16, "is not a word");
    }
}
