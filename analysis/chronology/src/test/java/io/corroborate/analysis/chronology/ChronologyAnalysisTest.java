package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Finding;
import io.corroborate.model.Severity;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static io.corroborate.analysis.chronology.Cases.utc;
import static io.corroborate.analysis.chronology.Cases.window;
import static org.assertj.core.api.Assertions.assertThat;

class ChronologyAnalysisTest {
    private static final String A = "telegram:almatyinfo:1234";
    private static final String B = "twitter:1478870000000000001";

    @Test
    void serviceLoaderFindsTheAnalysis() {
        Analysis a = Plugins.discovered(Analysis.class, ChronologyAnalysis.class);

        assertThat(a.id()).isEqualTo("chronology");
        assertThat(a.runsAfter()).containsExactly("places");
    }

    @Test
    void anUnreadableClockIsAWarningNamingTheClueAndTheExpectedForm() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "date", "2022-01-05").clue(A, "clock", "25:99").run();

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("clue-unreadable");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clues()).containsExactly("clues.csv:3");
            assertThat(f.message()).startsWith("clues.csv:3: the clock value '25:99' cannot be read").contains("expected HH:MM");
        });
        assertThat(window(r, A)).isEqualTo(utc("2022-01-04T18:00:00Z", "2022-01-05T17:59:59Z"));
    }

    @Test
    void unreadableValuesOfEveryKindSayWhatWasExpected() {
        AnalysisResult r = Cases.almaty().item(A, "published=yesterday")
                .clue(A, "date", "5 Jan")
                .clue(A, "not-before", "15:00")
                .clue(A, "sun", "dusk-ish")
                .clue(A, "duration", "forty seconds")
                .clue(A, "metadata", "2022-01-05T09:00:00Z | ")
                .clue(A, "clock", "15:10", null, "at=later").run();

        assertThat(r.findings()).extracting(Finding::kind).containsOnly("clue-unreadable");
        assertThat(r.findings()).extracting(f -> f.clues().get(0)).containsExactly(
                "clues.csv:2", "clues.csv:3", "clues.csv:4", "clues.csv:5", "clues.csv:6", "clues.csv:7", A + "/published");
        assertThat(r.findings()).extracting(Finding::message).allSatisfy(m -> assertThat(m).contains("expected"));
    }

    @Test
    void timesAndLengthsCenturiesAwayAreUnreadableCluesNotACrash() {
        // a damaged sheet gave 6058-01-05; the solver once refused the distance and the whole analysis stopped
        AnalysisResult r = Cases.almaty().item(A).item(B)
                .clue(A, "date", "6058-01-05")
                .clue(A, "not-before", "2022-01-05T15:00")
                .clue(B, "duration", "99999999999s")
                .clue(B, "after", A, "9999999999h", null).run();

        assertThat(r.findings()).extracting(Finding::kind).containsOnly("clue-unreadable");
        assertThat(r.findings()).extracting(f -> f.clues().get(0)).containsExactly("clues.csv:2", "clues.csv:4", "clues.csv:5");
        assertThat(r.findings().get(0).message()).isEqualTo("clues.csv:2: the date value '6058-01-05' cannot be read: it lies more than"
                + " 792 years from 1970, which no recording time or length does; the clue is ignored");
        assertThat(window(r, A).earliest()).isEqualTo(java.time.Instant.parse("2022-01-05T09:00:00Z"));
    }

    @Test
    void aClueAboutAnUnknownItemIsAWarning() {
        AnalysisResult r = Cases.almaty().item(A).clue("telegram:nope:1", "date", "2022-01-05").run();

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("clue-unknown-item");
            assertThat(f.message()).contains("clues.csv:2").contains("telegram:nope:1");
        });
    }

    @Test
    void aReferenceToAnUnknownItemIsAWarning() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "before", "twitter:404").run();

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("clue-unknown-item");
            assertThat(f.items()).containsExactly(A);
            assertThat(f.message()).contains("twitter:404");
        });
    }

    @Test
    void anItemRelatedToItselfIsAWarning() {
        AnalysisResult r = Cases.almaty().item(A).clue(A, "same-time", A).run();

        assertThat(r.findings()).extracting(Finding::kind).containsExactly("clue-ignored");
    }

    @Test
    void tooManyAlternativeReadingsGiveAnApproximateWindowAndSaySo() {
        Cases c = Cases.almaty().item(A);
        for (int i = 0; i < 13; i++) {
            c.clue(A, "metadata", "2022-01-05T09:00:00Z | 2022-01-05T10:00:00Z", "1h");
        }
        AnalysisResult r = c.run();

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("chronology-approximate");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.items()).containsExactly(A);
        });
        assertThat(window(r, A)).isEqualTo(utc("2022-01-05T08:00:00Z", "2022-01-05T11:00:00Z"));
    }

    @Test
    void theSameCaseGivesTheSameResult() {
        Cases c = Cases.almaty().item(A, 60.0, "published=2022-01-05T08:55:00Z").item(B, "metadata=2022-01-05T09:00:00Z | 2022-01-05T03:00:00Z")
                .clue(A, "date", "2022-01-05").clue(A, "clock", "15:10", "5m").clue(B, "same-time", A, "30m")
                .clue(A, "place", "republic-square").clue(A, "sun", "daylight").clue(B, "clock", "99:00");

        assertThat(c.run()).isEqualTo(c.run());
    }
}
