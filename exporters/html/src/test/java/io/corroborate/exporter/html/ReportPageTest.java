package io.corroborate.exporter.html;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPageTest {
    private static Case withoutAreaOrLandmarks() {
        Case c = SampleCase.theCase();
        return new Case(c.name(), c.zone(), null, null, c.items(), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void theSunIsComputedAtTheAreasCentreFirst() {
        assertThat(ReportPage.casePlace(SampleCase.theCase(), SampleCase.result())).contains(new GeoPoint((43.225 + 43.26) / 2, (76.92 + 76.97) / 2));
    }

    @Test
    void withoutAnAreaTheLandmarksMeanIsUsed() {
        Case c = SampleCase.theCase();
        Case noArea = new Case(c.name(), c.zone(), null, null, c.items(), List.of(), List.of(SampleCase.SQUARE, SampleCase.RESIDENCE), List.of(), List.of(), null);

        assertThat(ReportPage.casePlace(noArea, SampleCase.result())).contains(new GeoPoint((43.2383 + 43.2456) / 2, (76.9453 + 76.9560) / 2));
    }

    @Test
    void withoutAreaOrLandmarksThePlacesMeanIsUsed() {
        GeoPoint p = ReportPage.casePlace(withoutAreaOrLandmarks(), SampleCase.result()).orElseThrow();

        assertThat(p.lat()).isBetween(43.238, 43.246);
        assertThat(p.lon()).isBetween(76.944, 76.957);
    }

    @Test
    void withNoCoordinatesAtAllThereIsNoPlace() {
        assertThat(ReportPage.casePlace(withoutAreaOrLandmarks(), AnalysisResult.EMPTY)).isEmpty();
    }

    @Test
    void theAnalysesOwnCaseWideCountWins() {
        CasualtyCount own = CasualtyCount.of(Map.of("P01", List.of("x"), "P09", List.of("y")), Map.of());

        assertThat(ReportPage.caseCasualties(SampleCase.result().withCasualties(own))).isEqualTo(own);
    }

    @Test
    void withoutACaseWideCountThePeopleOfAllIncidentsAreCountedOnceEach() {
        Incident a = new Incident("a", null, null, null, List.of(), List.of(), CasualtyCount.of(Map.of("P1", List.of("i1")), Map.of("P2", List.of("i1"))));
        Incident b = new Incident("b", null, null, null, List.of(), List.of(), CasualtyCount.of(Map.of("P2", List.of("i2")), Map.of("P3", List.of("i2"))));

        CasualtyCount c = ReportPage.caseCasualties(AnalysisResult.EMPTY.withIncidents(List.of(a, b)));

        // P2 injured in one incident and killed in another counts once, as killed
        assertThat(c.killedPeople()).containsOnlyKeys("P1", "P2");
        assertThat(c.injuredPeople()).containsOnlyKeys("P3");
    }

    @Test
    void conflictsAreFindingsWhoseKindEndsInConflict() {
        assertThat(ReportPage.isConflict(new Finding("clue-conflict", Severity.ERROR, "m", null, null))).isTrue();
        assertThat(ReportPage.isConflict(new Finding("window-conflict", Severity.WARNING, "m", null, null))).isTrue();
        assertThat(ReportPage.isConflict(new Finding("conflicting-sources", Severity.INFO, "m", null, null))).isFalse();
        assertThat(ReportPage.isConflict(new Finding("outside-area", Severity.ERROR, "m", null, null))).isFalse();
    }

    @Test
    void aWarningConflictStillComesBeforeAnError() {
        AnalysisResult r = AnalysisResult.ofFindings(List.of(new Finding("missing", Severity.ERROR, "m1", null, null),
                new Finding("clue-conflict", Severity.WARNING, "m2", null, null), new Finding("note", Severity.INFO, "m3", null, null)));

        assertThat(ReportPage.orderedFindings(r)).extracting(Finding::message).containsExactly("m2", "m1", "m3");
    }
}
