package io.corroborate.analysis.casualties;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CasualtiesAnalysisTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Place SQUARE = new Place(new GeoPoint(43.2383, 76.9456), 150, "republic-square", "Republic Square");
    private static final Place RESIDENCE = new Place(new GeoPoint(43.2565, 76.9300), 100, "president-residence", "President's residence");

    private static final class Fixture {
        final List<EvidenceItem> items = new ArrayList<>();
        final List<Clue> clues = new ArrayList<>();
        final Map<String, ItemWindow> windows = new HashMap<>();
        final Map<String, Place> places = new HashMap<>();
        final List<Incident> incidents = new ArrayList<>();

        Fixture item(String id, String from, String to) {
            items.add(EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO).build());
            if (from != null) {
                windows.put(id, new ItemWindow(id, new TimeWindow(local(from), local(to)), List.of(), List.of(), true));
            }
            return this;
        }

        Fixture clue(String item, String kind, String value) {
            clues.add(new Clue("clues.csv:" + (clues.size() + 2), item, kind, value, null, null, "AN1"));
            return this;
        }

        Fixture incident(String id, Place place, String... items) {
            incidents.add(new Incident(id, id, place, null, List.of(items), null, null));
            return this;
        }

        AnalysisResult run() {
            Case c = new Case("test", ALMATY, null, null, items, clues, null, null, null, null);
            return new CasualtiesAnalysis().analyze(c, AnalysisResult.EMPTY.withWindows(windows).withPlaces(places).withIncidents(incidents));
        }
    }

    static Instant local(String hhmm) {
        return LocalDateTime.parse("2022-01-05T" + hhmm).atZone(ALMATY).toInstant();
    }

    private static List<Finding> of(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void onePersonInSeveralItemsCountsOnceAndListsEveryItem() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null)
                .clue("a", "casualty", "P01 killed").clue("b", "casualty", "P01 killed").clue("a", "casualty", "P02 injured")
                .run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.casualties().killed()).isEqualTo(1);
        assertThat(r.casualties().injured()).isEqualTo(1);
        assertThat(r.casualties().killedPeople()).containsExactly(Map.entry("P01", List.of("a", "b")));
        assertThat(r.casualties().injuredPeople()).containsExactly(Map.entry("P02", List.of("a")));
        assertThat(r.casualties().label()).isEqualTo("at least 1 killed, 1 injured");
    }

    @Test
    void someoneShownInjuredAndKilledCountsAsKilledWithBothItems() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null)
                .clue("a", "casualty", "P03 injured").clue("b", "casualty", "P03 KILLED")
                .run();
        assertThat(r.casualties()).isEqualTo(CasualtyCount.of(Map.of("P03", List.of("a", "b")), Map.of()));
    }

    @Test
    void aSamePersonClueMergesTwoIds() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null)
                .clue("a", "casualty", "P07 killed").clue("b", "casualty", "B12 injured").clue("b", "same-person", "P07 = B12")
                .run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.casualties().killedPeople()).containsExactly(Map.entry("B12 = P07", List.of("a", "b")));
        assertThat(r.casualties().injured()).isZero();
    }

    @Test
    void samePersonCluesChain() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null).item("c", null, null)
                .clue("a", "casualty", "P1 injured").clue("b", "casualty", "W3 injured").clue("c", "casualty", "X9 injured")
                .clue("a", "same-person", "P1 = W3").clue("c", "same-person", "X9=W3")
                .run();
        assertThat(r.casualties().injuredPeople()).containsExactly(Map.entry("P1 = W3 = X9", List.of("a", "b", "c")));
    }

    @Test
    void withoutASamePersonClueTwoIdsAreTwoPeople() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null)
                .clue("a", "casualty", "P07 killed").clue("b", "casualty", "B12 killed")
                .run();
        assertThat(r.casualties().killed()).isEqualTo(2);
    }

    @Test
    void aPersonShownAliveIsNotCounted() {
        AnalysisResult r = new Fixture().item("a", null, null).clue("a", "casualty", "P05 alive").run();
        assertThat(r.casualties()).isEqualTo(CasualtyCount.NONE);
    }

    @Test
    void malformedCasualtyAndSamePersonCluesAreWarningsAndCountNobody() {
        AnalysisResult r = new Fixture().item("a", null, null)
                .clue("a", "casualty", "P05 missing").clue("a", "casualty", "killed").clue("a", "same-person", "P05")
                .run();
        assertThat(of(r, "bad-casualty-clue")).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(of(r, "bad-same-person-clue")).singleElement().satisfies(f -> assertThat(f.clues()).containsExactly("clues.csv:4"));
        assertThat(r.casualties()).isEqualTo(CasualtyCount.NONE);
    }

    @Test
    void eachIncidentCountsOnlyItsOwnItems() {
        AnalysisResult r = new Fixture().item("a", null, null).item("b", null, null).item("c", null, null)
                .clue("a", "casualty", "P03 injured").clue("b", "casualty", "P03 killed").clue("c", "casualty", "P04 killed")
                .incident("one", SQUARE, "a").incident("two", RESIDENCE, "b", "c")
                .run();
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("one", "two");
        assertThat(r.incidents().get(0).casualties().label()).isEqualTo("at least 0 killed, 1 injured");
        assertThat(r.incidents().get(1).casualties().killedPeople()).containsOnlyKeys("P03", "P04");
        assertThat(r.casualties().label()).isEqualTo("at least 2 killed, 0 injured");
    }

    @Test
    void killedInAnItemWhollyBeforeAnotherShowingThemInjuredIsAnError() {
        AnalysisResult r = new Fixture().item("dead", "15:00", "15:10").item("hurt", "15:30", "15:40")
                .clue("dead", "casualty", "P09 killed").clue("hurt", "casualty", "P09 injured")
                .run();
        assertThat(of(r, "killed-then-alive")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.items()).containsExactly("dead", "hurt");
            assertThat(f.clues()).containsExactly("clues.csv:2", "clues.csv:3");
            assertThat(f.message()).contains("15:10", "15:30", "injured");
        });
    }

    @Test
    void killedBeforeShownAliveIsAnError() {
        AnalysisResult r = new Fixture().item("dead", "15:00", "15:10").item("walking", "16:00", "16:05")
                .clue("dead", "casualty", "P09 killed").clue("walking", "casualty", "P09 alive")
                .run();
        assertThat(of(r, "killed-then-alive")).singleElement().satisfies(f -> assertThat(f.message()).contains("alive"));
    }

    @Test
    void injuredThenKilledOrOverlappingWindowsAreNoError() {
        AnalysisResult later = new Fixture().item("hurt", "15:00", "15:10").item("dead", "15:30", "15:40")
                .clue("dead", "casualty", "P09 killed").clue("hurt", "casualty", "P09 injured").run();
        AnalysisResult overlapping = new Fixture().item("dead", "15:00", "15:35").item("hurt", "15:30", "15:40")
                .clue("dead", "casualty", "P09 killed").clue("hurt", "casualty", "P09 injured").run();
        AnalysisResult undated = new Fixture().item("dead", "15:00", "15:10").item("hurt", null, null)
                .clue("dead", "casualty", "P09 killed").clue("hurt", "casualty", "P09 injured").run();
        assertThat(of(later, "killed-then-alive")).isEmpty();
        assertThat(of(overlapping, "killed-then-alive")).isEmpty();
        assertThat(of(undated, "killed-then-alive")).isEmpty();
    }

    @Test
    void theKilledBeforeAliveRuleSeesThroughSamePersonClues() {
        AnalysisResult r = new Fixture().item("dead", "15:00", "15:10").item("hurt", "15:30", "15:40")
                .clue("dead", "casualty", "P09 killed").clue("hurt", "casualty", "W2 injured").clue("hurt", "same-person", "W2 = P09")
                .run();
        assertThat(of(r, "killed-then-alive")).singleElement().satisfies(f -> assertThat(f.message()).startsWith("P09 = W2"));
    }

    @Test
    void onePersonInTwoDistantIncidentsAtOverlappingTimesIsAnError() {
        AnalysisResult r = new Fixture().item("a", "15:00", "15:20").item("b", "15:10", "15:30")
                .clue("a", "casualty", "P11 injured").clue("b", "casualty", "P11 injured")
                .incident("square", SQUARE, "a").incident("residence", RESIDENCE, "b")
                .run();
        assertThat(of(r, "person-in-distant-incidents")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.items()).containsExactly("a", "b");
            assertThat(f.message()).contains("square", "residence", "15:10", "15:20");
        });
    }

    @Test
    void onePersonInTwoIncidentsAtSeparateTimesOrCloseTogetherIsNoError() {
        AnalysisResult separate = new Fixture().item("a", "15:00", "15:20").item("b", "16:10", "16:30")
                .clue("a", "casualty", "P11 injured").clue("b", "casualty", "P11 injured")
                .incident("square", SQUARE, "a").incident("residence", RESIDENCE, "b").run();
        AnalysisResult close = new Fixture().item("a", "15:00", "15:20").item("b", "15:10", "15:30")
                .clue("a", "casualty", "P11 injured").clue("b", "casualty", "P11 injured")
                .incident("square", SQUARE, "a").incident("square-2", SQUARE, "b").run();
        AnalysisResult sameIncident = new Fixture().item("a", "15:00", "15:20").item("b", "15:10", "15:30")
                .clue("a", "casualty", "P11 injured").clue("b", "casualty", "P11 injured")
                .incident("square", SQUARE, "a", "b").run();
        assertThat(of(separate, "person-in-distant-incidents")).isEmpty();
        assertThat(of(close, "person-in-distant-incidents")).isEmpty();
        assertThat(of(sameIncident, "person-in-distant-incidents")).isEmpty();
    }

    @Test
    void casualtyCluesAboutItemsNotInTheCaseCountNobody() {
        AnalysisResult r = new Fixture().item("a", null, null).clue("ghost", "casualty", "P01 killed").run();
        assertThat(r.casualties()).isEqualTo(CasualtyCount.NONE);
    }

    @Test
    void countingKeepsTheIncidentsWindowAndItemsWindow() {
        Fixture f = new Fixture().item("a", "15:00", "15:10").item("day", "00:00", "23:59").clue("a", "casualty", "P01 injured");
        TimeWindow window = new TimeWindow(local("15:00"), local("15:10"));
        TimeWindow itemsWindow = new TimeWindow(local("00:00"), local("23:59"));
        f.incidents.add(new Incident("shooting", "Shooting", SQUARE, window, itemsWindow, List.of("a", "day"), null, null));
        AnalysisResult r = f.run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.casualties().label()).isEqualTo("at least 0 killed, 1 injured");
            assertThat(i.window()).isEqualTo(window);
            assertThat(i.itemsWindow()).isEqualTo(itemsWindow);
        });
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, CasualtiesAnalysis.class);
        assertThat(a.id()).isEqualTo("casualties");
        assertThat(a.runsAfter()).contains("incidents", "chronology");
    }
}
