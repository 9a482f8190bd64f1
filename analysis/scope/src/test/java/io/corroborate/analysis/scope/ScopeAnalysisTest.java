package io.corroborate.analysis.scope;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Platform;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeAnalysisTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    // 2022-01-04 00:00 to 2022-01-07 00:00 local (UTC+6 in 2022)
    private static final TimeWindow RANGE = new TimeWindow(Instant.parse("2022-01-03T18:00:00Z"), Instant.parse("2022-01-06T18:00:00Z"));

    private static EvidenceItem item(String id, String published) {
        return EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO)
                .publishedAt(published == null ? null : Instant.parse(published)).build();
    }

    private static Case caseOf(TimeWindow range, List<EvidenceItem> items, List<Clue> clues) {
        return new Case("test", ALMATY, null, range, items, clues, null, null, null, null);
    }

    private static AnalysisResult windows(ItemWindow... w) {
        return AnalysisResult.EMPTY.withWindows(java.util.Arrays.stream(w).collect(java.util.stream.Collectors.toMap(ItemWindow::item, x -> x)));
    }

    private static ItemWindow window(String item, String earliest, String latest, String earliestBy, String latestBy) {
        return new ItemWindow(item, new TimeWindow(earliest == null ? null : Instant.parse(earliest), latest == null ? null : Instant.parse(latest)),
                earliestBy == null ? List.of() : List.of(earliestBy), latestBy == null ? List.of() : List.of(latestBy), true);
    }

    private static List<Finding> run(Case c, AnalysisResult soFar) {
        return new ScopeAnalysis().analyze(c, soFar).findings();
    }

    @Test
    void solvedWindowWhollyBeforeTheRangeIsAWarningCitingTheLatestBound() {
        Case c = caseOf(RANGE, List.of(item("a", "2022-01-10T00:00:00Z")), List.of());
        List<Finding> f = run(c, windows(window("a", "2022-01-02T04:00:00Z", "2022-01-02T05:00:00Z", "clues.csv:2", "clues.csv:3")));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("outside-time-range");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.items()).containsExactly("a");
            assertThat(x.clues()).containsExactly("clues.csv:3");
            assertThat(x.message()).contains("between 2022-01-02 10:00 and 2022-01-02 11:00 (Asia/Almaty)", "wholly before");
        });
    }

    @Test
    void solvedWindowWhollyAfterTheRangeIsAWarningCitingTheEarliestBound() {
        Case c = caseOf(RANGE, List.of(item("a", null)), List.of());
        List<Finding> f = run(c, windows(window("a", "2022-01-08T04:00:00Z", null, "clues.csv:7", null)));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("outside-time-range");
            assertThat(x.clues()).containsExactly("clues.csv:7");
            assertThat(x.message()).contains("no earlier than 2022-01-08 10:00", "wholly after");
        });
    }

    @Test
    void windowOverlappingTheRangeEdgeIsNotFlagged() {
        Case c = caseOf(RANGE, List.of(item("a", null)), List.of());
        assertThat(run(c, windows(window("a", "2022-01-03T12:00:00Z", "2022-01-03T18:00:00Z", null, null)))).isEmpty();
    }

    @Test
    void windowInsideTheRangeIsNotFlagged() {
        Case c = caseOf(RANGE, List.of(item("a", null)), List.of());
        assertThat(run(c, windows(window("a", "2022-01-05T09:00:00Z", "2022-01-05T09:20:00Z", null, null)))).isEmpty();
    }

    @Test
    void withoutASolvedWindowAPublicationBeforeTheRangeIsFlagged() {
        Case c = caseOf(RANGE, List.of(item("a", "2022-01-01T10:00:00Z")), List.of());
        assertThat(run(c, AnalysisResult.EMPTY)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("no later than 2022-01-01 16:00"));
    }

    @Test
    void aPublicationAfterTheRangeIsNotFlaggedBecauseTheRecordingMayBeOlder() {
        Case c = caseOf(RANGE, List.of(item("a", "2022-02-01T10:00:00Z")), List.of());
        assertThat(run(c, AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void aCaseWithoutTimeRangeFlagsNothingOutside() {
        Case c = caseOf(null, List.of(item("a", "2021-01-01T10:00:00Z")), List.of());
        assertThat(run(c, AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void anItemWithNoTimeClueNoPublicationAndNoWindowIsUndated() {
        Case c = caseOf(RANGE, List.of(item("a", null)), List.of());
        assertThat(run(c, windows(new ItemWindow("a", TimeWindow.UNBOUNDED, List.of(), List.of(), true))))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo("undated");
                    assertThat(x.severity()).isEqualTo(Severity.INFO);
                    assertThat(x.items()).containsExactly("a");
                });
    }

    @Test
    void anItemWithATimeClueIsNotUndated() {
        Case c = caseOf(RANGE, List.of(item("a", null)), List.of(new Clue("clues.csv:2", "a", "date", "2022-01-05", null, null, null)));
        assertThat(run(c, AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void anItemNamedByAnotherItemsRelativeClueIsNotUndated() {
        Case c = caseOf(RANGE, List.of(item("a", null), item("b", "2022-01-05T10:00:00Z")),
                List.of(new Clue("clues.csv:2", "b", "after", "a", null, null, null)));
        assertThat(run(c, AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void anItemWithOnlyAPublicationTimeIsNotUndated() {
        Case c = caseOf(RANGE, List.of(item("a", "2022-01-05T10:00:00Z")), List.of());
        assertThat(run(c, AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, ScopeAnalysis.class);
        assertThat(a.id()).isEqualTo("scope");
        assertThat(a.runsAfter()).contains("chronology");
    }

    @Test
    void returnsOnlyFindings() {
        AnalysisResult r = new ScopeAnalysis().analyze(caseOf(RANGE, List.of(item("a", null)), List.of()), AnalysisResult.EMPTY);
        assertThat(r.windows()).isEmpty();
        assertThat(r.places()).isEqualTo(Map.of());
    }
}
