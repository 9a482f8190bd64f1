package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Finding;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Severity;
import org.junit.jupiter.api.Test;

import static io.corroborate.analysis.chronology.Cases.itemWindow;
import static io.corroborate.analysis.chronology.Cases.utc;
import static io.corroborate.analysis.chronology.Cases.window;
import static org.assertj.core.api.Assertions.assertThat;

/** Hand-checked conflicts: what the finding says, what is set aside, and that the rest still solves. */
class ConflictsTest {
    private static final String A = "telegram:almatyinfo:1234";
    private static final String B = "twitter:1478870000000000001";

    private static Finding onlyConflict(AnalysisResult r) {
        assertThat(r.findings()).extracting(Finding::kind).containsExactly("clue-conflict");
        return r.findings().get(0);
    }

    @Test
    void aClockThatContradictsThePublicationIsExplainedInLocalTime() {
        AnalysisResult r = Cases.almaty().item(A, "published=2022-01-05T08:55:00Z")
                .clue(A, "date", "2022-01-05").clue(A, "clock", "15:10", "5m").run();

        Finding f = onlyConflict(r);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("the clock in " + A + " reads 15:10±5m (clues.csv:3), but " + A
                + " was published at 2022-01-05 14:55 Asia/Almaty (" + A + "/published) — these cannot both hold."
                + " Set aside to date the rest: clues.csv:3");
        assertThat(f.items()).containsExactly(A);
        assertThat(f.clues()).containsExactly("clues.csv:3", A + "/published");
    }

    @Test
    void theAnalystsClueIsSetAsideAndThePlatformsKept() {
        AnalysisResult r = Cases.almaty().item(A, "published=2022-01-05T08:55:00Z")
                .clue(A, "date", "2022-01-05").clue(A, "clock", "15:10", "5m").run();

        ItemWindow w = itemWindow(r, A);
        assertThat(w.window()).isEqualTo(utc("2022-01-04T18:00:00Z", "2022-01-05T08:55:00Z"));
        assertThat(w.consistent()).isFalse();
        assertThat(w.latestBoundBy()).containsExactly(A + "/published");
    }

    @Test
    void theRestOfTheCaseStillSolves() {
        AnalysisResult r = Cases.almaty().item(A, "published=2022-01-05T08:55:00Z").item(B)
                .clue(A, "date", "2022-01-05").clue(A, "clock", "15:10", "5m")
                .clue(B, "clock", "2022-01-05 16:00", "1m").run();

        ItemWindow w = itemWindow(r, B);
        assertThat(w.window()).isEqualTo(utc("2022-01-05T09:59:00Z", "2022-01-05T10:01:59Z"));
        assertThat(w.consistent()).isTrue();
    }

    @Test
    void twoAnalystCluesThatContradictEachOtherAreBothSetAside() {
        AnalysisResult r = Cases.almaty().item(A, "published=2022-01-05T12:00:00Z")
                .clue(A, "not-before", "2022-01-05 15:00").clue(A, "not-after", "2022-01-05 14:00").run();

        Finding f = onlyConflict(r);
        assertThat(f.message()).isEqualTo(A + " was recorded no earlier than 2022-01-05 15:00 Asia/Almaty (clues.csv:2), but "
                + A + " was recorded no later than 2022-01-05 14:00 Asia/Almaty (clues.csv:3) — these cannot both hold."
                + " Set aside to date the rest: clues.csv:2, clues.csv:3");
        assertThat(window(r, A)).isEqualTo(utc(null, "2022-01-05T12:00:00Z"));
    }

    @Test
    void fileMetadataIsSetAsideBeforeThePlatformsTime() {
        AnalysisResult r = Cases.almaty().item(A, "metadata=2022-01-05T11:00:00Z~1m", "published=2022-01-05T10:00:00Z").run();

        Finding f = onlyConflict(r);
        assertThat(f.message()).startsWith("the file metadata of " + A + " says it was recorded at 2022-01-05 17:00 Asia/Almaty±1m");
        assertThat(f.message()).endsWith("Set aside to date the rest: " + A + "/metadata");
        assertThat(window(r, A)).isEqualTo(utc(null, "2022-01-05T10:00:00Z"));
    }

    @Test
    void aConflictThroughARelativeClueNamesEveryLinkAndBothItems() {
        AnalysisResult r = Cases.almaty().item(A).item(B, "published=2022-01-05T08:00:00Z")
                .clue(A, "clock", "2022-01-05 15:10:00", "0s")
                .clue(A, "before", B).run();

        Finding f = onlyConflict(r);
        assertThat(f.message()).isEqualTo("the clock in " + A + " reads 2022-01-05 15:10:00±0s (clues.csv:2), but " + A
                + " was recorded before " + B + " (clues.csv:3) and " + B + " was published at 2022-01-05 14:00 Asia/Almaty ("
                + B + "/published) — these cannot all hold. Set aside to date the rest: clues.csv:2, clues.csv:3");
        assertThat(f.items()).containsExactly(A, B);
        assertThat(itemWindow(r, A).consistent()).isFalse();
        assertThat(itemWindow(r, B).consistent()).isFalse();
        assertThat(window(r, B)).isEqualTo(utc(null, "2022-01-05T08:00:00Z"));
    }

    @Test
    void aSunClueThatContradictsTheClockNamesBoth() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "place", "republic-square")
                .clue(A, "clock", "2022-01-05 13:00", "5m").clue(A, "sun", "night").run();

        Finding f = onlyConflict(r);
        assertThat(f.clues()).containsExactly("clues.csv:3", "clues.csv:4");
        assertThat(f.message()).contains("the light in " + A + " shows night (clues.csv:4)");
        assertThat(window(r, A)).isEqualTo(utc(null, null));
    }

    @Test
    void aClockSeenLaterThanTheVideoLastsConflictsOnItsOwn() {
        AnalysisResult r = Cases.almaty().item(A, 41.0).clue(A, "clock", "2022-01-05 15:10", "1m", "at=01:20").run();

        Finding f = onlyConflict(r);
        assertThat(f.message()).isEqualTo("the clock in " + A + " reads 2022-01-05 15:10±1m at 1:20 into the video (clues.csv:2)"
                + " cannot hold within the length of " + A + ". Set aside to date the rest: clues.csv:2");
    }

    @Test
    void aSunConditionThatNeverHoldsOnTheCandidateDaysConflictsOnItsOwn() {
        AnalysisResult r = Cases.in(java.time.ZoneId.of("Arctic/Longyearbyen")).item(A)
                .clue(A, "place", "78.22,15.65").clue(A, "date", "2022-12-21").clue(A, "sun", "daylight").run();

        Finding f = onlyConflict(r);
        assertThat(f.clues()).containsExactly("clues.csv:4");
        assertThat(f.message()).contains("cannot hold on any day from 2022-12-20 to 2022-12-22");
    }
}
