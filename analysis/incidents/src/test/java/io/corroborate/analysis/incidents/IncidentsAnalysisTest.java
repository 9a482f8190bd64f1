package io.corroborate.analysis.incidents;

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
import io.corroborate.model.Landmark;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentsAnalysisTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Landmark SQUARE_L = new Landmark("republic-square", "Republic Square", List.of(), new GeoPoint(43.2383, 76.9456), 150);
    private static final Place SQUARE = SQUARE_L.toPlace();
    private static final Place RESIDENCE = new Place(new GeoPoint(43.2565, 76.9300), 100, "president-residence", "President's residence");
    private static final Place NEAR_SQUARE = new Place(new GeoPoint(43.2390, 76.9460), 20, null, null);

    /** A hand-made case: items, clues, places and windows given directly. */
    private static final class Fixture {
        final List<EvidenceItem> items = new ArrayList<>();
        final List<Clue> clues = new ArrayList<>();
        final Map<String, Place> places = new HashMap<>();
        final Map<String, ItemWindow> windows = new HashMap<>();
        final Map<String, String> settings = new HashMap<>();
        List<RepostGroup> groups = List.of();

        /** An item recorded between two local times on 5 January 2022 (Asia/Almaty, UTC+6). */
        Fixture item(String id, Place place, String from, String to) {
            items.add(EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO).build());
            if (place != null) {
                places.put(id, place);
            }
            if (from != null) {
                windows.put(id, new ItemWindow(id, new TimeWindow(local(from), local(to)), List.of(), List.of(), true));
            }
            return this;
        }

        Fixture clue(String item, String kind, String value, String note) {
            clues.add(new Clue("clues.csv:" + (clues.size() + 2), item, kind, value, null, note, "AN1"));
            return this;
        }

        Fixture setting(String k, String v) {
            settings.put(k, v);
            return this;
        }

        AnalysisResult run() {
            Case c = new Case("test", ALMATY, null, null, items, clues, List.of(SQUARE_L), null, null, settings);
            return new IncidentsAnalysis().analyze(c, AnalysisResult.EMPTY.withPlaces(places).withWindows(windows).withRepostGroups(groups));
        }
    }

    static Instant local(String hhmm) {
        return java.time.LocalDateTime.parse("2022-01-05T" + hhmm).atZone(ALMATY).toInstant();
    }

    private static List<Finding> of(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void itemsCloseInTimeAndPlaceFormOneIncidentWithGeneratedIdTitlePlaceAndWindow() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "00:05", "00:10")
                .item("b", NEAR_SQUARE, "00:20", "00:30")
                .item("c", SQUARE, "00:50", "01:05")
                .clue("a", "observation", "tear-gas by security-forces", null)
                .run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("incident-1");
            assertThat(i.items()).containsExactly("a", "b", "c");
            assertThat(i.place().landmark()).isEqualTo("republic-square");
            assertThat(i.window()).isEqualTo(new TimeWindow(local("00:05"), local("01:05")));
            assertThat(i.title()).isEqualTo("Republic Square, 2022-01-05 00:05–01:05");
            assertThat(i.casualties()).isEqualTo(CasualtyCount.NONE);
        });
    }

    @Test
    void aGapLongerThanTheMaximumSplitsIncidents() {
        Fixture f = new Fixture()
                .item("a", SQUARE, "00:05", "00:10").item("b", SQUARE, "00:15", "00:20")
                .item("c", SQUARE, "01:00", "01:05").item("d", SQUARE, "01:10", "01:15");
        assertThat(f.run().incidents()).extracting(Incident::items).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(f.setting("incident-max-gap", "45m").run().incidents()).singleElement()
                .satisfies(i -> assertThat(i.items()).containsExactly("a", "b", "c", "d"));
    }

    @Test
    void placesFurtherApartThanTheMaximumSplitIncidents() {
        Fixture f = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .item("c", RESIDENCE, "15:05", "15:10").item("d", RESIDENCE, "15:10", "15:20");
        assertThat(f.run().incidents()).hasSize(2);
        assertThat(f.setting("incident-max-distance", "3km").run().incidents()).hasSize(1);
    }

    @Test
    void generatedIdsAreNumberedByStartTimeAndIncidentsSortedByStart() {
        AnalysisResult r = new Fixture()
                .item("late1", SQUARE, "18:00", "18:05").item("late2", SQUARE, "18:10", "18:20")
                .item("early1", RESIDENCE, "15:00", "15:10").item("early2", RESIDENCE, "15:05", "15:15")
                .run();
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("incident-1", "incident-2");
        assertThat(r.incidents().get(0).items()).containsExactly("early1", "early2");
    }

    @Test
    void anIncidentClueNamesTheIncidentAndTheFirstNoteInClueOrderIsTheTitle() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", null, null, null)
                .clue("a", "incident", "shooting-1", null)
                .clue("b", "incident", "shooting-1", "Shooting at the square")
                .clue("a", "incident", "shooting-1", "A later title")
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("shooting-1");
            assertThat(i.title()).isEqualTo("Shooting at the square");
            assertThat(i.items()).containsExactly("a", "b");
            assertThat(i.window()).isEqualTo(new TimeWindow(local("15:00"), local("15:10")));
        });
    }

    @Test
    void twoAnalystIncidentsAreNeverMergedEvenWhenClose() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .clue("a", "incident", "first", null).clue("b", "incident", "second", null)
                .run();
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("first", "second");
        assertThat(r.incidents()).allSatisfy(i -> assertThat(i.items()).hasSize(1));
    }

    @Test
    void anItemWithoutClueJoinsTheAnalystIncidentItIsCloseTo() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", NEAR_SQUARE, "15:20", "15:25").item("c", NEAR_SQUARE, "15:40", "15:45")
                .clue("a", "incident", "shooting-1", "Shooting")
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("shooting-1");
            assertThat(i.items()).containsExactly("a", "b", "c");
        });
    }

    @Test
    void unplacedAndUndatedItemsWithoutAClueStayOut() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .item("unplaced", null, "15:05", "15:10").item("undated", SQUARE, null, null)
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.items()).containsExactly("a", "b"));
    }

    @Test
    void aCoarselyDatedItemNeitherChainsIncidentsNorStretchesThem() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "09:00", "09:05").item("b", SQUARE, "09:10", "09:15")
                .item("c", SQUARE, "20:00", "20:05").item("d", SQUARE, "20:10", "20:15")
                .item("day", SQUARE, "00:00", "23:59")
                .clue("day", "incident", "morning", null).clue("a", "incident", "morning", null)
                .run();
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("morning", "incident-1");
        assertThat(r.incidents().get(0).items()).containsExactly("a", "b", "day");
        assertThat(r.incidents().get(0).window()).isEqualTo(new TimeWindow(local("09:00"), local("09:15")));
    }

    @Test
    void itemsWindowSpansTheCoarselyDatedItemThatTheWindowLeavesOut() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "09:00", "09:05").item("b", SQUARE, "09:10", "09:15")
                .item("day", SQUARE, "00:00", "23:59")
                .clue("day", "incident", "morning", null).clue("a", "incident", "morning", null)
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.window()).isEqualTo(new TimeWindow(local("09:00"), local("09:15")));
            assertThat(i.itemsWindow()).isEqualTo(new TimeWindow(local("00:00"), local("23:59")));
        });
    }

    @Test
    void itemsWindowIsTheWindowWhenEveryItemIsCloselyDated() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "00:05", "00:10").item("b", NEAR_SQUARE, "00:20", "00:30")
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.window()).isEqualTo(new TimeWindow(local("00:05"), local("00:30")));
            assertThat(i.itemsWindow()).isEqualTo(i.window());
        });
    }

    @Test
    void anUndatedItemLeavesItemsWindowOpenButNotTheWindow() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("statement", null, null, null)
                .clue("a", "incident", "shooting-1", null).clue("statement", "incident", "shooting-1", null)
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> {
            assertThat(i.window()).isEqualTo(new TimeWindow(local("15:00"), local("15:10")));
            assertThat(i.itemsWindow()).isEqualTo(TimeWindow.UNBOUNDED);
        });
    }

    @Test
    void aLoneRecordingIsNotAnIncidentUnlessTheAnalystSaysSo() {
        Fixture f = new Fixture().item("a", SQUARE, "10:00", "10:05").item("copy", SQUARE, "10:00", "10:05");
        f.groups = List.of(new RepostGroup("repost-a", "a", List.of("copy"), null, List.of("same-sha256")));
        assertThat(f.run().incidents()).isEmpty();
        assertThat(f.setting("incident-min-items", "1").run().incidents()).singleElement()
                .satisfies(i -> assertThat(i.items()).containsExactly("a", "copy"));
        assertThat(new Fixture().item("a", SQUARE, "10:00", "10:05").clue("a", "incident", "apc", "APCs").run().incidents())
                .singleElement().satisfies(i -> assertThat(i.id()).isEqualTo("apc"));
    }

    @Test
    void anUnplacedReuploadFollowsItsOriginalIntoTheIncident() {
        Fixture f = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15").item("copy", null, null, null);
        f.groups = List.of(new RepostGroup("repost-a", "a", List.of("copy"), null, List.of("same-sha256")));
        assertThat(f.run().incidents()).singleElement().satisfies(i -> assertThat(i.items()).containsExactly("a", "b", "copy"));
    }

    @Test
    void observationsComeFromTheItemsObservationClues() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .clue("b", "observation", "live fire by security forces", "assault rifles")
                .clue("a", "observation", "tear-gas by security-forces", null)
                .run();
        assertThat(r.incidents().get(0).observations()).extracting(Observation::item, Observation::label, Observation::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "tear-gas by security-forces", null),
                        org.assertj.core.groups.Tuple.tuple("b", "live-fire by security-forces", "assault rifles"));
    }

    @Test
    void anEmptyObservationOrIncidentClueIsAWarning() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10")
                .clue("a", "observation", " ", null).clue("a", "incident", "", null)
                .run();
        assertThat(of(r, "bad-observation-clue")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clues()).containsExactly("clues.csv:2");
        });
        assertThat(of(r, "bad-incident-clue")).singleElement().satisfies(f -> assertThat(f.clues()).containsExactly("clues.csv:3"));
    }

    @Test
    void generatedIdsSkipIdsTheAnalystUses() {
        AnalysisResult r = new Fixture()
                .item("x", RESIDENCE, "08:00", "08:05").clue("x", "incident", "incident-1", null)
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .run();
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("incident-1", "incident-2");
        assertThat(r.incidents().get(1).items()).containsExactly("a", "b");
    }

    @Test
    void cluesOnlyGroupingMakesNoProximityIncidents() {
        AnalysisResult r = new Fixture()
                .item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15").item("c", SQUARE, "15:05", "15:15")
                .clue("a", "incident", "one", null)
                .setting("incident-grouping", "clues-only")
                .run();
        assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.items()).containsExactly("a"));
    }

    @Test
    void withoutLandmarksThePlaceIsTheCentroidCoveringEveryItem() {
        Place p1 = new Place(new GeoPoint(43.2400, 76.9400), 10, null, null);
        Place p2 = new Place(new GeoPoint(43.2410, 76.9400), 10, null, null);
        Place centre = IncidentsAnalysis.placeOf(List.of("a", "b"), Map.of("a", p1, "b", p2));
        assertThat(centre.point().lat()).isCloseTo(43.2405, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(centre.radiusMetres()).isCloseTo(55.6 + 10, org.assertj.core.api.Assertions.within(1.0));
        assertThat(centre.landmark()).isNull();
    }

    @Test
    void usedAloneItResolvesPlaceCluesItself() {
        List<Clue> clues = List.of(new Clue("clues.csv:2", "a", "place", "republic-square", null, null, null),
                new Clue("clues.csv:3", "b", "place", "43.2390,76.9460", null, null, null));
        List<EvidenceItem> items = List.of(EvidenceItem.builder("a", Platform.TELEGRAM, ItemKind.VIDEO).build(),
                EvidenceItem.builder("b", Platform.TELEGRAM, ItemKind.VIDEO).build());
        Map<String, ItemWindow> w = Map.of(
                "a", new ItemWindow("a", new TimeWindow(local("15:00"), local("15:05")), null, null, true),
                "b", new ItemWindow("b", new TimeWindow(local("15:02"), local("15:09")), null, null, true));
        Case c = new Case("t", ALMATY, null, null, items, clues, List.of(SQUARE_L), null, null, null);
        AnalysisResult r = new IncidentsAnalysis().analyze(c, AnalysisResult.EMPTY.withWindows(w));
        assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.place().landmark()).isEqualTo("republic-square"));
    }

    @Test
    void aBadSettingIsReportedAndTheDefaultUsed() {
        AnalysisResult r = new Fixture().item("a", SQUARE, "15:00", "15:10").item("b", SQUARE, "15:05", "15:15")
                .setting("incident-max-gap", "soon").run();
        assertThat(of(r, "bad-setting")).singleElement().satisfies(f -> assertThat(f.message()).contains("incident-max-gap", "30m"));
        assertThat(r.incidents()).hasSize(1);
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, IncidentsAnalysis.class);
        assertThat(a.id()).isEqualTo("incidents");
        assertThat(a.runsAfter()).containsExactlyInAnyOrder("places", "chronology", "reposts");
    }
}
