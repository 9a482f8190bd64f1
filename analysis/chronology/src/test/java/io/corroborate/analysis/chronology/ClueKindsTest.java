package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.ItemWindow;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static io.corroborate.analysis.chronology.Cases.itemWindow;
import static io.corroborate.analysis.chronology.Cases.utc;
import static io.corroborate.analysis.chronology.Cases.window;
import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour of each time clue kind, on hand-checked Almaty times (UTC+6 in 2022). */
class ClueKindsTest {
    private static final String A = "telegram:almatyinfo:1234";
    private static final String B = "twitter:1478870000000000001";
    private static final String C = "youtube:abcDEF12345";

    @Test
    void aDateConfinesTheStartToThatLocalDay() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "date", "2022-01-05").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc("2022-01-04T18:00:00Z", "2022-01-05T17:59:59Z"));
        assertThat(w.earliestBoundBy()).containsExactly("clues.csv:2");
        assertThat(w.latestBoundBy()).containsExactly("clues.csv:2");
        assertThat(w.consistent()).isTrue();
    }

    @Test
    void aClockReadingMinutesCoversTheWholeMinuteAndItsTolerance() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "date", "2022-01-05").clue(A, "clock", "15:10", "5m").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc("2022-01-05T09:05:00Z", "2022-01-05T09:15:59Z"));
        assertThat(w.earliestBoundBy()).containsExactly("clues.csv:3");
        assertThat(w.latestBoundBy()).containsExactly("clues.csv:3");
    }

    @Test
    void aClockWithoutToleranceAllowsTwoMinutes() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "date", "2022-01-05").clue(A, "clock", "15:10:30").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:08:30Z", "2022-01-05T09:12:30Z"));
    }

    @Test
    void aClockSeenIntoTheVideoMovesTheStartBackByThatOffset() {
        AnalysisResult r = Cases.almaty().item(A, 120.0)
                .clue(A, "clock", "2022-01-05 15:10:00", "0s", "clock on the akimat at=01:20").run();

        // start 80 s before the clock, end 120 s after the start
        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:08:40Z", "2022-01-05T09:10:40Z"));
    }

    @Test
    void aFullLocalDateTimeClockNeedsNoDateClue() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "clock", "2022-01-05T15:10:00", "0s").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:10:00Z", "2022-01-05T09:10:00Z"));
    }

    @Test
    void theSameLocalTimeFollowsAlmatysChangeFromUtcPlus6ToUtcPlus5() {
        AnalysisResult r = Cases.almaty().item(A).item(B)
                .clue(A, "clock", "2022-01-05 10:00:00", "0s")
                .clue(B, "clock", "2024-06-01 10:00:00", "0s").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T04:00:00Z", "2022-01-05T04:00:00Z"));
        assertThat(window(r, B)).isEqualTo(utc("2024-06-01T05:00:00Z", "2024-06-01T05:00:00Z"));
    }

    @Test
    void aLocalTimeThatOccursTwiceKeepsBothReadings() {
        AnalysisResult r = Cases.in(ZoneId.of("Europe/Berlin")).item(A).clue(A, "clock", "2021-10-31 02:30:00", "0s").run();

        assertThat(window(r, A)).isEqualTo(utc("2021-10-31T00:30:00Z", "2021-10-31T01:30:00Z"));
    }

    @Test
    void aLocalTimeSkippedByTheClockChangeKeepsBothReadings() {
        AnalysisResult r = Cases.in(ZoneId.of("Europe/Berlin")).item(A).clue(A, "clock", "2021-03-28 02:30:00", "0s").run();

        assertThat(window(r, A)).isEqualTo(utc("2021-03-28T00:30:00Z", "2021-03-28T01:30:00Z"));
    }

    @Test
    void aClockWithoutADateIsTriedOnEachCandidateDay() {
        AnalysisResult r = Cases.almaty().item(A)
                .clue(A, "not-before", "2022-01-05 00:00")
                .clue(A, "not-after", "2022-01-06 23:59")
                .clue(A, "clock", "15:10", "0s").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:10:00Z", "2022-01-06T09:10:59Z"));
    }

    @Test
    void notBeforeAndNotAfterReadLocalTimesAndIsoInstants() {
        AnalysisResult r = Cases.almaty().item(A)
                .clue(A, "not-before", "2022-01-05 15:00")
                .clue(A, "not-after", "2022-01-05T10:30:00Z").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:00:00Z", "2022-01-05T10:30:00Z"));
    }

    @Test
    void anOffsetDateTimeIsExactWhateverTheCaseZone() {
        AnalysisResult r = Cases.almaty().item(A)
                .clue(A, "not-before", "2022-01-05 15:00:00+03:00")
                .clue(A, "not-after", "2022-01-05T13:00:00+01:00").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T12:00:00Z", "2022-01-05T12:00:00Z"));
    }

    @Test
    void aNotAfterDateMeansTheEndOfThatLocalDay() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "not-after", "2022-01-05").run();

        assertThat(window(r, A)).isEqualTo(utc(null, "2022-01-05T17:59:59Z"));
    }

    @Test
    void thePublicationBoundsTheEndSoALongVideoStartedEarlier() {
        AnalysisResult r = Cases.almaty().item(A, 600.0, "published=2022-01-05T09:00:00Z")
                .clue(A, "not-before", "2022-01-05 14:45").run();

        ItemWindow w = itemWindow(r, A);
        // the start is at most 14:50 local (published less 10 minutes); the recording may end at 15:00 local
        assertThat(w.window()).isEqualTo(utc("2022-01-05T08:45:00Z", "2022-01-05T09:00:00Z"));
        assertThat(w.latestBoundBy()).containsExactly(A + "/published");
    }

    @Test
    void notAfterBoundsTheEndOfTheRecording() {
        AnalysisResult r = Cases.almaty().item(A, 600.0)
                .clue(A, "not-after", "2022-01-05 15:00")
                .clue(A, "not-before", "2022-01-05 14:45").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc("2022-01-05T08:45:00Z", "2022-01-05T09:00:00Z"));
        assertThat(w.consistent()).isTrue();
    }

    @Test
    void aPublicationIntervalBoundsByItsLastInstant() {
        AnalysisResult r = Cases.almaty().item(C, "published=2022-01-04T08:00:00Z/2022-01-05T07:59:59Z").run();

        assertThat(window(r, C)).isEqualTo(utc(null, "2022-01-05T07:59:59Z"));
    }

    @Test
    void anEditBoundsTheRecordingFromAbove() {
        AnalysisResult r = Cases.almaty().item(A, "edited=2022-01-05T11:00:00Z").run();

        assertThat(window(r, A)).isEqualTo(utc(null, "2022-01-05T11:00:00Z"));
        assertThat(itemWindow(r, A).latestBoundBy()).containsExactly(A + "/edited");
    }

    @Test
    void metadataAlternativesKeepEveryConsistentReading() {
        AnalysisResult r = Cases.almaty().item(A, "metadata=2022-01-05T09:10:00Z | 2022-01-05T15:10:00Z~1m").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:09:00Z", "2022-01-05T15:11:00Z"));
    }

    @Test
    void aPublicationRulesOutTheLaterMetadataReading() {
        AnalysisResult r = Cases.almaty()
                .item(A, "metadata=2022-01-05T09:10:00Z | 2022-01-05T15:10:00Z~1m", "published=2022-01-05T10:00:00Z").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc("2022-01-05T09:09:00Z", "2022-01-05T09:11:00Z"));
        assertThat(w.latestBoundBy()).containsExactly(A + "/metadata");
    }

    @Test
    void aChainOfBeforeCluesTightensTheFirstItem() {
        AnalysisResult r = Cases.almaty().item(A).item(B).item(C, "published=2022-01-05T10:00:00Z")
                .clue(A, "before", B, "5m")
                .clue(B, "before", C, "10m").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc(null, "2022-01-05T09:45:00Z"));
        assertThat(w.latestBoundBy()).containsExactly(C + "/published", "clues.csv:3", "clues.csv:2");
        assertThat(window(r, B)).isEqualTo(utc(null, "2022-01-05T09:50:00Z"));
    }

    @Test
    void afterMirrorsBefore() {
        AnalysisResult r = Cases.almaty().item(A).item(B)
                .clue(A, "after", B, "5m")
                .clue(B, "not-before", "2022-01-05 15:00").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:05:00Z", null));
    }

    @Test
    void sameTimeHoldsTwoRecordingsWithinTheTolerance() {
        AnalysisResult r = Cases.almaty().item(A).item(B)
                .clue(A, "clock", "2022-01-05 15:10:00", "0s")
                .clue(B, "same-time", A, "1m").run();

        assertThat(window(r, B)).isEqualTo(utc("2022-01-05T09:09:00Z", "2022-01-05T09:11:00Z"));
    }

    @Test
    void sameTimeLetsALongerRecordingStartEarlier() {
        AnalysisResult r = Cases.almaty().item(A).item(B, 300.0)
                .clue(A, "clock", "2022-01-05 15:10:00", "0s")
                .clue(B, "same-time", A).run();

        // the five-minute recording overlaps the moment of A
        assertThat(window(r, B)).isEqualTo(utc("2022-01-05T09:05:00Z", "2022-01-05T09:15:00Z"));
    }

    @Test
    void aDurationClueOverridesTheMediaDuration() {
        AnalysisResult r = Cases.almaty().item(A, 60.0)
                .clue(A, "clock", "2022-01-05 15:00:00", "0s")
                .clue(A, "duration", "41s").run();

        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T09:00:00Z", "2022-01-05T09:00:41Z"));
    }

    @Test
    void anItemWithoutCluesGetsAnUnboundedConsistentWindow() {
        AnalysisResult r = Cases.almaty().item(A).item(B).clue(B, "date", "2022-01-05").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc(null, null));
        assertThat(w.consistent()).isTrue();
        assertThat(w.earliestBoundBy()).isEmpty();
        assertThat(r.windows()).containsOnlyKeys(A, B);
    }

    @Test
    void cluesOfOtherAnalysesAreIgnored() {
        AnalysisResult r = Cases.almaty().item(A)
                .clue(A, "observation", "live-fire by security-forces")
                .clue(A, "casualty", "P07 killed")
                .clue(A, "incident", "incident-2")
                .clue(A, "place", "republic-square").run();

        assertThat(r.findings()).isEmpty();
        assertThat(window(r, A)).isEqualTo(utc(null, null));
    }
}
