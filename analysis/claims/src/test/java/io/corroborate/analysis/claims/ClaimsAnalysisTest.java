package io.corroborate.analysis.claims;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Landmark;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.model.Verdict;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsAnalysisTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Landmark SQUARE = new Landmark("republic-square", "Republic Square", List.of(), new GeoPoint(43.2383, 76.9456), 250);
    private static final Landmark RESIDENCE = new Landmark("president-residence", "President's residence", List.of(),
            new GeoPoint(43.2565, 76.9300), 200);
    private static final String INCIDENT_2 = "no live-fire by security-forces at president-residence between 2022-01-05T15:00 and 2022-01-05T17:30";

    private static final class Fixture {
        final List<EvidenceItem> items = new ArrayList<>();
        final List<Clue> clues = new ArrayList<>();
        final Map<String, ItemWindow> windows = new HashMap<>();
        final Map<String, Place> places = new HashMap<>();
        final List<Claim> claims = new ArrayList<>();

        /** An item at a landmark (or unplaced), recorded between two local times of 5 January 2022 (or undated). */
        Fixture item(String id, Landmark at, String from, String to) {
            items.add(EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO).build());
            if (at != null) {
                places.put(id, at.toPlace());
            }
            if (from != null) {
                windows.put(id, new ItemWindow(id, new TimeWindow(local(from), local(to)), List.of(), List.of(), true));
            }
            return this;
        }

        Fixture clue(String item, String kind, String value) {
            clues.add(new Clue("clues.csv:" + (clues.size() + 2), item, kind, value, null, null, "AN1"));
            return this;
        }

        Fixture claim(String id, String asserts) {
            claims.add(new Claim(id, "Official", LocalDate.of(2022, 1, 16), "text", asserts));
            return this;
        }

        AnalysisResult run() {
            Case c = new Case("test", ALMATY, null, null, items, clues, List.of(SQUARE, RESIDENCE), claims, null, null);
            return new ClaimsAnalysis().analyze(c, AnalysisResult.EMPTY.withWindows(windows).withPlaces(places));
        }

        ClaimVerdict verdict() {
            return run().verdicts().get(0);
        }
    }

    static Instant local(String hhmm) {
        return LocalDateTime.parse("2022-01-05T" + hhmm).atZone(ALMATY).toInstant();
    }

    private static List<Finding> of(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void anAbsenceIsContradictedByAnItemInScopeShowingIt() {
        AnalysisResult r = new Fixture()
                .item("a", RESIDENCE, "15:10", "15:20").clue("a", "observation", "live-fire by security-forces")
                .item("b", RESIDENCE, "15:30", "15:40").clue("b", "observation", "tear-gas by security-forces")
                .claim("C1", INCIDENT_2).run();
        assertThat(r.findings()).isEmpty();
        ClaimVerdict v = r.verdicts().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(v.items()).containsExactly("a");
        assertThat(v.observations()).containsExactly("live-fire by security-forces");
        assertThat(v.reason()).contains("1 item(s) in scope show live-fire by security-forces: a");
    }

    @Test
    void aBroaderActorCoversPoliceAndSoldiers() {
        ClaimVerdict v = new Fixture()
                .item("a", SQUARE, "15:10", "15:20").clue("a", "observation", "live fire by soldiers")
                .claim("C1", "no live-fire by security-forces").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(v.observations()).containsExactly("live-fire by soldiers");
    }

    @Test
    void notArmedIsContradictedByWarningShotsButNotByTearGas() {
        ClaimVerdict shots = new Fixture().item("a", SQUARE, "18:00", "18:05").clue("a", "observation", "warning-shots by security-forces")
                .claim("C1", "no armed security-forces").verdict();
        ClaimVerdict gas = new Fixture().item("a", SQUARE, "18:00", "18:05").clue("a", "observation", "tear-gas by security-forces")
                .claim("C1", "no armed security-forces").verdict();
        assertThat(shots.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(gas.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void anAbsenceIsSupportedWhenItemsInScopeShowNothingOfIt() {
        ClaimVerdict v = new Fixture()
                .item("a", RESIDENCE, "15:10", "15:20").clue("a", "observation", "tear-gas by security-forces")
                .item("b", SQUARE, "15:10", "15:20").clue("b", "observation", "live-fire by security-forces")
                .item("c", RESIDENCE, "12:00", "12:10").clue("c", "observation", "live-fire by security-forces")
                .claim("C1", INCIDENT_2).verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.items()).containsExactly("a");
        assertThat(v.reason()).contains("none of the 1 item(s) in scope shows live-fire by security-forces");
    }

    @Test
    void anAbsenceIsUntestedWhenNoItemLiesInScope() {
        ClaimVerdict v = new Fixture().item("b", SQUARE, "15:10", "15:20").claim("C1", INCIDENT_2).verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).contains("no item lies certainly in the claim's scope");
    }

    @Test
    void anItemThatMayFallInScopeKeepsTheClaimUntested() {
        Fixture f = new Fixture()
                .item("a", RESIDENCE, "16:00", "16:10")
                .item("edge", RESIDENCE, "14:50", "15:10").clue("edge", "observation", "live-fire by security-forces")
                .item("unplaced", null, "16:00", "16:10").clue("unplaced", "observation", "live-fire by police")
                .claim("C1", INCIDENT_2);
        ClaimVerdict v = f.verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.items()).containsExactly("edge", "unplaced");
        assertThat(v.reason()).contains("not known closely enough");
    }

    @Test
    void aPresenceIsSupportedByAnItemShowingItAndOtherwiseUntestedNeverContradicted() {
        ClaimVerdict shown = new Fixture().item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "live-fire by rioters")
                .claim("C2", "armed rioters").verdict();
        ClaimVerdict notShown = new Fixture().item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "live-fire by soldiers")
                .claim("C2", "armed rioters").verdict();
        assertThat(shown.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(shown.items()).containsExactly("a");
        assertThat(notShown.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(notShown.reason()).contains("does not contradict");
    }

    @Test
    void anUpperBoundIsContradictedWhenOurLowerBoundExceedsIt() {
        ClaimVerdict v = new Fixture()
                .item("a", RESIDENCE, "15:10", "15:20").clue("a", "casualty", "P01 killed").clue("a", "casualty", "P02 injured")
                .item("b", RESIDENCE, "15:30", "15:40").clue("b", "casualty", "P01 killed")
                .item("c", SQUARE, "15:30", "15:40").clue("c", "casualty", "P03 killed")
                .claim("C1", "killed at president-residence <= 0").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(v.items()).containsExactly("a", "b");
        assertThat(v.observations()).containsExactly("P01 killed");
        assertThat(v.reason()).contains("at least 1 person killed");
    }

    @Test
    void aLowerBoundAboveOurCountIsUntestedNotContradicted() {
        Fixture f = new Fixture();
        for (int i = 1; i <= 10; i++) {
            f.item("v" + i, RESIDENCE, "15:10", "15:20").clue("v" + i, "casualty", "P" + i + " killed");
        }
        ClaimVerdict v = f.claim("C3", "killed >= 225").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).contains("at least 10 people killed", "lower bounds");
    }

    @Test
    void aLowerBoundWithinOurCountIsSupported() {
        ClaimVerdict v = new Fixture()
                .item("a", RESIDENCE, "15:10", "15:20").clue("a", "casualty", "P01 killed").clue("a", "casualty", "P02 killed")
                .claim("C3", "killed >= 2").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.observations()).containsExactly("P01 killed", "P02 killed");
    }

    @Test
    void anUpperBoundIsSupportedOnlyWhenNothingPossiblyInScopeShowsMore() {
        Fixture f = new Fixture()
                .item("a", SQUARE, "10:00", "10:05").clue("a", "casualty", "P01 injured")
                .item("b", SQUARE, "10:00", "10:05").clue("b", "casualty", "P02 injured");
        assertThat(f.claim("C1", "injured at republic-square <= 2").verdict().verdict()).isEqualTo(Verdict.SUPPORTED);

        f.item("unplaced", null, "10:00", "10:05").clue("unplaced", "casualty", "P03 injured");
        ClaimVerdict v = f.verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).contains("possibly in scope show up to 3");
    }

    @Test
    void injuredAndLaterKilledCountsAsKilledWithinTheScope() {
        ClaimVerdict v = new Fixture()
                .item("a", SQUARE, "10:00", "10:05").clue("a", "casualty", "P01 injured")
                .item("b", SQUARE, "10:20", "10:25").clue("b", "casualty", "P01 killed")
                .claim("C1", "injured at republic-square <= 0").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void samePersonCluesAreFollowedWhenCounting() {
        ClaimVerdict v = new Fixture()
                .item("a", SQUARE, "10:00", "10:05").clue("a", "casualty", "P01 killed")
                .item("b", SQUARE, "10:20", "10:25").clue("b", "casualty", "B7 killed").clue("b", "same-person", "B7 = P01")
                .claim("C1", "killed <= 1").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(v.observations()).containsExactly("B7 = P01 killed");
    }

    @Test
    void oneContradictedStatementContradictsTheClaim() {
        ClaimVerdict v = new Fixture()
                .item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "tear-gas by security-forces")
                .claim("C1", "no live-fire by security-forces; no tear-gas by security-forces").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(v.reason()).startsWith("no tear-gas by security-forces:");
        assertThat(v.observations()).containsExactly("tear-gas by security-forces");
    }

    @Test
    void aClaimIsSupportedOnlyWhenEveryStatementIs() {
        ClaimVerdict v = new Fixture()
                .item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "tear-gas by security-forces")
                .claim("C1", "no live-fire by security-forces; killed >= 1").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).startsWith("killed >= 1:");
    }

    @Test
    void aClaimWithoutAssertsIsUntestedWithAReason() {
        ClaimVerdict v = new Fixture().item("a", SQUARE, "10:00", "10:05").claim("C2", null).verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).contains("no asserts");
    }

    @Test
    void anUntestableStatementCarriesTheAnalystsReason() {
        ClaimVerdict v = new Fixture().claim("C2", "untestable \"who organised the crowd cannot be seen in footage\"").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.UNTESTED);
        assertThat(v.reason()).contains("who organised the crowd cannot be seen in footage");
    }

    @Test
    void aParseErrorIsAnErrorFindingNamingTheClaimAndPositionAndLeavesTheClaimUntested() {
        AnalysisResult r = new Fixture().item("a", SQUARE, "10:00", "10:05")
                .claim("C9", "no live-fire bye security-forces").claim("C10", "killed <= 0").run();
        assertThat(of(r, "claim-parse-error")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("claim C9", "at character 14", "'bye'");
        });
        assertThat(r.verdicts()).extracting(ClaimVerdict::claim, ClaimVerdict::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C9", Verdict.UNTESTED), org.assertj.core.groups.Tuple.tuple("C10", Verdict.SUPPORTED));
        assertThat(r.verdicts().get(0).reason()).contains("at character 14");
    }

    @Test
    void anUnknownPlaceIsAWarningAndLeavesTheStatementUntested() {
        AnalysisResult r = new Fixture().item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "live-fire by police")
                .claim("C1", "no live-fire at old-square").run();
        assertThat(of(r, "claim-unknown-place")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("C1", "old-square", "character 17");
        });
        assertThat(r.verdicts().get(0).verdict()).isEqualTo(Verdict.UNTESTED);
    }

    @Test
    void aPlaceMayAlsoBeQuotedCoordinatesWithARadius() {
        ClaimVerdict v = new Fixture().item("a", SQUARE, "10:00", "10:05").clue("a", "observation", "live-fire by police")
                .claim("C1", "no live-fire at \"43.2383,76.9456,400\"").verdict();
        assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aCaseWithoutClaimsHasNoVerdicts() {
        AnalysisResult r = new Fixture().item("a", SQUARE, "10:00", "10:05").run();
        assertThat(r.verdicts()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, ClaimsAnalysis.class);
        assertThat(a.id()).isEqualTo("claims");
        assertThat(a.runsAfter()).contains("incidents", "casualties", "places", "chronology");
    }
}
