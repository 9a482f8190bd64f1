package io.corroborate.analysis.places;

import io.corroborate.model.CaseSettings;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Landmark;
import io.corroborate.model.Platform;
import io.corroborate.model.Severity;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlacesAnalysisTest {
    private static final Landmark SQUARE = new Landmark("republic-square", "Republic Square", List.of("Respublika alany"),
            new GeoPoint(43.2383, 76.9456), 150);
    // about 2.3 km north-west of the square
    private static final Landmark RESIDENCE = new Landmark("president-residence", "President's residence", List.of(),
            new GeoPoint(43.2565, 76.9300), 100);
    private static final Area CENTRAL = new Area(43.20, 76.85, 43.30, 77.00);

    private static int line = 1;

    private static Clue sheet(String item, String kind, String value) {
        return sheet(item, kind, value, null);
    }

    private static Clue sheet(String item, String kind, String value, Duration tolerance) {
        line++;
        return new Clue("clues.csv:" + line, item, kind, value, tolerance, null, "AN1");
    }

    private static EvidenceItem item(String id, Clue... importerClues) {
        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO);
        for (Clue c : importerClues) {
            b.clue(c);
        }
        return b.build();
    }

    private static Case caseOf(List<EvidenceItem> items, List<Clue> clues, Map<String, String> settings) {
        return new Case("test", ZoneId.of("Asia/Almaty"), CENTRAL, null, items, clues, List.of(SQUARE, RESIDENCE), null, null, settings);
    }

    private static AnalysisResult run(Case c) {
        return new PlacesAnalysis().analyze(c, AnalysisResult.EMPTY);
    }

    private static List<Finding> of(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void resolvesLandmarkIdsNamesAliasesAndCoordinates() {
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b"), item("c"), item("d")), List.of(
                sheet("a", "place", "republic-square"), sheet("b", "place", "president's RESIDENCE"),
                sheet("c", "place", "respublika alany"), sheet("d", "place", "43.25, 76.95, 30")), null));

        assertThat(r.findings()).isEmpty();
        assertThat(r.places().get("a").landmark()).isEqualTo("republic-square");
        assertThat(r.places().get("b").landmark()).isEqualTo("president-residence");
        assertThat(r.places().get("c").landmark()).isEqualTo("republic-square");
        assertThat(r.places().get("d").point().lat()).isEqualTo(43.25);
        assertThat(r.places().get("d").radiusMetres()).isEqualTo(30);
    }

    @Test
    void anUnknownLandmarkIsAWarningNamingTheClueAndLeavesTheItemUnplaced() {
        Clue bad = sheet("a", "place", "old-square");
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(bad), null));

        assertThat(r.places()).doesNotContainKey("a");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("unknown-landmark");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clues()).containsExactly(bad.id());
            assertThat(f.message()).contains(bad.id(), "old-square");
        });
    }

    @Test
    void coordinatesOutOfRangeAreReportedLikeAnUnknownLandmark() {
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(sheet("a", "place", "143.2,76.9")), null));
        assertThat(of(r, "unknown-landmark")).singleElement().satisfies(f -> assertThat(f.message()).contains("latitude"));
    }

    @Test
    void theAnalystsPlaceWinsOverTheImportersGps() {
        Clue gps = Clue.fromImporter("a", "place", "43.2400,76.9400,5", null, "telegram", null);
        AnalysisResult r = run(caseOf(List.of(item("a", gps)), List.of(sheet("a", "place", "republic-square")), null));
        assertThat(r.places().get("a").landmark()).isEqualTo("republic-square");
    }

    @Test
    void theImportersGpsPlacesAnItemTheAnalystDidNotPlace() {
        Clue gps = Clue.fromImporter("a", "place", "43.2400,76.9400,5", null, "telegram", null);
        AnalysisResult r = run(caseOf(List.of(item("a", gps)), List.of(), null));
        assertThat(r.places().get("a").point()).isEqualTo(new GeoPoint(43.24, 76.94));
    }

    @Test
    void amongAgreeingAnalystPlacesTheMostPreciseWinsWithoutAFinding() {
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(sheet("a", "place", "republic-square"),
                sheet("a", "place", "43.2385,76.9450,10")), null));
        assertThat(r.findings()).isEmpty();
        assertThat(r.places().get("a").radiusMetres()).isEqualTo(10);
    }

    @Test
    void twoAnalystPlacesFarApartAreAConflict() {
        Clue c1 = sheet("a", "place", "republic-square");
        Clue c2 = sheet("a", "place", "president-residence");
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(c1, c2), null));
        assertThat(of(r, "conflicting-places")).singleElement().satisfies(f -> {
            assertThat(f.clues()).containsExactly(c1.id(), c2.id());
            assertThat(f.message()).contains("Republic Square", "President's residence");
        });
    }

    @Test
    void anItemPlacedOutsideTheAreaIsAWarning() {
        Clue astana = sheet("a", "place", "51.128,71.430");
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b")), List.of(astana, sheet("b", "place", "republic-square")), null));
        assertThat(of(r, "outside-area")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("a");
            assertThat(f.clues()).containsExactly(astana.id());
        });
    }

    @Test
    void aPlaceWhoseUncertaintyReachesIntoTheAreaIsNotOutside() {
        // 0.005 degrees (about 550 m) north of the box, with a 1 km radius
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(sheet("a", "place", "43.305,76.95,1000")), null));
        assertThat(of(r, "outside-area")).isEmpty();
    }

    @Test
    void sameTimeItemsFurtherApartThanTheToleranceAllowsAreAWarning() {
        // residence and square are about 2.14 km apart beyond their radii; 5 min at 15 km/h is 1.25 km, plus 500 m = 1.75 km
        Clue same = sheet("a", "same-time", "b", Duration.ofMinutes(5));
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "president-residence"), same), Map.of("max-speed-kmh", "15")));
        assertThat(of(r, "same-time-too-far")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("a", "b");
            assertThat(f.clues()).containsExactly(same.id());
            assertThat(f.message()).contains("15 km/h");
        });
    }

    @Test
    void sameTimeItemsReachableWithinTheToleranceAreNotFlagged() {
        // 5 min at the default 30 km/h is 2.5 km, plus 500 m
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "president-residence"), sheet("a", "same-time", "b", Duration.ofMinutes(5))), null));
        assertThat(of(r, "same-time-too-far")).isEmpty();
    }

    @Test
    void sameTimeWithZeroToleranceFlagsItemsBeyondTheSamePlaceDistance() {
        AnalysisResult far = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "president-residence"), sheet("a", "same-time", "b")), null));
        AnalysisResult near = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "43.2420,76.9456"), sheet("a", "same-time", "b")), null));
        assertThat(of(far, "same-time-too-far")).hasSize(1);
        assertThat(of(near, "same-time-too-far")).isEmpty();
    }

    @Test
    void aSameTimePairStatedTwiceIsReportedOnce() {
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "president-residence"), sheet("a", "same-time", "b"), sheet("b", "same-time", "a")), null));
        assertThat(of(r, "same-time-too-far")).hasSize(1);
    }

    @Test
    void aBadSettingIsReportedAndTheDefaultUsed() {
        AnalysisResult r = run(caseOf(List.of(item("a"), item("b")), List.of(sheet("a", "place", "republic-square"),
                sheet("b", "place", "president-residence"), sheet("a", "same-time", "b", Duration.ofMinutes(5))),
                Map.of("max-speed-kmh", "fast")));
        assertThat(of(r, "bad-setting")).singleElement().satisfies(f -> assertThat(f.message()).contains("max-speed-kmh", "fast"));
        assertThat(of(r, "same-time-too-far")).isEmpty();
    }

    @Test
    void samePlaceDistanceAcceptsKilometres() {
        List<Finding> findings = new ArrayList<>();
        Case c = caseOf(List.of(), List.of(), Map.of("same-place-distance", "1.5km"));
        assertThat(CaseSettings.metres(c, "same-place-distance", 500, "places", findings)).isCloseTo(1500, within(1e-9));
        assertThat(findings).isEmpty();
    }

    @Test
    void cluesAboutItemsNotInTheCaseAreIgnored() {
        AnalysisResult r = run(caseOf(List.of(item("a")), List.of(sheet("zzz", "place", "nowhere")), null));
        assertThat(r.findings()).isEmpty();
        assertThat(r.places()).isEmpty();
    }

    @Test
    void serviceLoaderFindsIt() {
        assertThat(Plugins.discovered(Analysis.class, PlacesAnalysis.class).id()).isEqualTo("places");
    }
}
