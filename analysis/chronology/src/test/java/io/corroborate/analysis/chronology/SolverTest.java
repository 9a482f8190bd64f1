package io.corroborate.analysis.chronology;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolverTest {
    private static final int NONE = TemporalNetwork.NO_LABEL;

    @Test
    void boundsGiveTheWindowAndTheirLabels() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        n.addRange(x, 10, TemporalNetwork.OPEN_ABOVE, 7);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 20, 8);

        Solution s = new Solver().solve(n);

        assertThat(s.earliest(x)).isEqualTo(10);
        assertThat(s.latest(x)).isEqualTo(20);
        assertThat(s.earliestBoundBy(x)).containsExactly(7);
        assertThat(s.latestBoundBy(x)).containsExactly(8);
        assertThat(s.consistent()).isTrue();
    }

    @Test
    void aPointWithoutConstraintsStaysUnbounded() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        int y = n.addPoint();
        n.addRange(y, 0, 5, 0);

        Solution s = new Solver().solve(n);

        assertThat(s.earliest(x)).isEqualTo(Solution.UNBOUNDED_EARLIEST);
        assertThat(s.latest(x)).isEqualTo(Solution.UNBOUNDED_LATEST);
        assertThat(s.earliestBoundBy(x)).isEmpty();
    }

    @Test
    void aChainOfBeforeTightensTheFirstPointAndNamesEveryLink() {
        TemporalNetwork n = new TemporalNetwork();
        int a = n.addPoint();
        int b = n.addPoint();
        int c = n.addPoint();
        n.addConstraint(b, a, -5, 1); // a at least 5 before b
        n.addConstraint(c, b, -7, 2); // b at least 7 before c
        n.addRange(c, TemporalNetwork.OPEN_BELOW, 100, 3);

        Solution s = new Solver().solve(n);

        assertThat(s.latest(a)).isEqualTo(88);
        assertThat(s.latestBoundBy(a)).containsExactly(3, 2, 1);
        assertThat(s.latest(b)).isEqualTo(93);
        assertThat(s.earliest(a)).isEqualTo(Solution.UNBOUNDED_EARLIEST);
    }

    @Test
    void contradictoryBoundsAreReportedAsAMinimalConflictAndDropped() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        int y = n.addPoint();
        n.addRange(x, 50, TemporalNetwork.OPEN_ABOVE, 0);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 40, 1);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 1000, 4);
        n.addRange(y, TemporalNetwork.OPEN_BELOW, 100, 2);
        n.addConstraint(x, y, 500, 3);

        Solution s = new Solver().solve(n);

        assertThat(s.consistent()).isFalse();
        assertThat(s.conflicts()).containsExactly(new Conflict(List.of(0, 1), List.of(0, 1)));
        assertThat(s.dropped(0)).isTrue();
        assertThat(s.dropped(3)).isFalse();
        assertThat(s.latest(x)).isEqualTo(1000);
        assertThat(s.latest(y)).isEqualTo(100);
    }

    @Test
    void thePolicyDecidesWhichLabelsOfAConflictGo() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        n.addRange(x, 50, TemporalNetwork.OPEN_ABOVE, 0);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 40, 1);

        Solution s = new Solver().solve(n, conflict -> List.of(1));

        assertThat(s.conflicts()).containsExactly(new Conflict(List.of(0, 1), List.of(1)));
        assertThat(s.earliest(x)).isEqualTo(50);
        assertThat(s.latest(x)).isEqualTo(Solution.UNBOUNDED_LATEST);
    }

    @Test
    void aCycleAmongPointsWithNoBoundIsStillFound() {
        TemporalNetwork n = new TemporalNetwork();
        int a = n.addPoint();
        int b = n.addPoint();
        n.addConstraint(b, a, -5, 0);
        n.addConstraint(a, b, -5, 1);

        Solution s = new Solver().solve(n);

        assertThat(s.conflicts()).extracting(Conflict::labels).containsExactly(List.of(0, 1));
    }

    @Test
    void twoSeparateConflictsAreBothReported() {
        TemporalNetwork n = new TemporalNetwork();
        int a = n.addPoint();
        int b = n.addPoint();
        n.addRange(a, 10, 5 + 10, 0);
        n.addRange(a, 20, 30, 1);
        n.addRange(b, 10, 15, 2);
        n.addRange(b, 20, 30, 3);

        Solution s = new Solver().solve(n);

        assertThat(s.conflicts()).extracting(Conflict::labels).containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void anUnlabelledContradictionLeavesItsPartUnresolved() {
        TemporalNetwork n = new TemporalNetwork();
        int a = n.addPoint();
        int b = n.addPoint();
        n.addRange(a, 10, 10, NONE);
        n.addRange(a, 20, 20, NONE);
        n.addRange(b, 0, 1, 0);

        Solution s = new Solver().solve(n);

        assertThat(s.conflicts()).containsExactly(new Conflict(List.of(), List.of()));
        assertThat(s.resolved(a)).isFalse();
        assertThat(s.resolved(b)).isTrue();
        assertThat(s.latest(b)).isEqualTo(1);
    }

    @Test
    void aDisjunctionGivesTheHullOfItsConsistentBranches() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        int y = n.addPoint();
        n.addDisjunction(x, new long[] {0, 50}, new long[] {10, 60}, 0);
        n.addDistance(x, y, 0, 5, 1);
        n.addRange(y, TemporalNetwork.OPEN_BELOW, 55, 2);

        Solution s = new Solver().solve(n);

        assertThat(s.earliest(x)).isEqualTo(0);
        assertThat(s.latest(x)).isEqualTo(55);
        assertThat(s.latestBoundBy(x)).containsExactly(2, 1);
        assertThat(s.earliest(y)).isEqualTo(0);
        assertThat(s.latest(y)).isEqualTo(55);
        assertThat(s.approximate(x)).isFalse();
    }

    @Test
    void aBranchThatConflictsIsLeftOutOfTheWindow() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        n.addDisjunction(x, new long[] {0, 50}, new long[] {10, 60}, 0);
        n.addRange(x, 40, TemporalNetwork.OPEN_ABOVE, 1);

        Solution s = new Solver().solve(n);

        assertThat(s.earliest(x)).isEqualTo(50);
        assertThat(s.latest(x)).isEqualTo(60);
        assertThat(s.earliestBoundBy(x)).containsExactly(0);
        assertThat(s.consistent()).isTrue();
    }

    @Test
    void aDisjunctionWithNoBranchLeftConflictsWithTheBoundsThatExcludeIt() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        n.addDisjunction(x, new long[] {0, 50}, new long[] {10, 60}, 0);
        n.addRange(x, 20, TemporalNetwork.OPEN_ABOVE, 1);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 30, 2);
        n.addRange(x, TemporalNetwork.OPEN_BELOW, 35, 3);

        Solution s = new Solver().solve(n);

        assertThat(s.conflicts()).extracting(Conflict::labels).containsExactly(List.of(0, 1, 2));
        assertThat(s.earliest(x)).isEqualTo(Solution.UNBOUNDED_EARLIEST);
        assertThat(s.latest(x)).isEqualTo(35);
    }

    @Test
    void beyondTheCombinationLimitTheWindowIsASoundOverApproximation() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        int y = n.addPoint();
        n.addDisjunction(x, new long[] {0, 100}, new long[] {10, 110}, 0);
        n.addDisjunction(y, new long[] {0, 100}, new long[] {10, 110}, 1);
        n.addDistance(x, y, 95, 105, 2); // y about 100 after x: only x early, y late

        Solution exact = new Solver().solve(n);
        Solution rough = new Solver(1).solve(n);

        assertThat(exact.earliest(x)).isEqualTo(0);
        assertThat(exact.latest(x)).isEqualTo(10);
        assertThat(rough.approximate(x)).isTrue();
        assertThat(rough.earliest(x)).isLessThanOrEqualTo(0);
        assertThat(rough.latest(x)).isGreaterThanOrEqualTo(10);
        assertThat(rough.earliest(y)).isLessThanOrEqualTo(exact.earliest(y));
        assertThat(rough.latest(y)).isGreaterThanOrEqualTo(exact.latest(y));
    }

    @Test
    void anEmptyDisjunctionConflictsOnItsOwn() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        n.addDisjunction(x, new long[0], new long[0], 5);
        n.addRange(x, 0, 10, 6);

        Solution s = new Solver().solve(n);

        assertThat(s.conflicts()).containsExactly(new Conflict(List.of(5), List.of(5)));
        assertThat(s.latest(x)).isEqualTo(10);
    }

    @Test
    void aLongChainAgainstPointOrderIsSolvedExactly() {
        int size = 200_000;
        TemporalNetwork n = new TemporalNetwork();
        int first = n.addPoints(size);
        // the chain runs against point order, the worst case for a first-in-first-out labelling
        for (int i = 0; i + 1 < size; i++) {
            n.addConstraint(first + i, first + i + 1, -1, i);
        }
        n.addRange(first, TemporalNetwork.OPEN_BELOW, 1_000_000, size);
        n.addRange(first + size - 1, 0, TemporalNetwork.OPEN_ABOVE, size + 1);

        Solution s = new Solver().solve(n);

        assertThat(s.latest(first + size - 1)).isEqualTo(1_000_000 - (size - 1));
        assertThat(s.earliest(first)).isEqualTo(size - 1);
    }

    @Test
    void aHundredThousandPointsAndAMillionConstraintsKeepTheirTrueTimes() {
        int size = 100_000;
        Random r = new Random(42);
        long[] truth = new long[size];
        TemporalNetwork n = new TemporalNetwork();
        int first = n.addPoints(size);
        for (int i = 0; i < size; i++) {
            truth[i] = 1_640_000_000L + r.nextInt(3 * 86_400);
            n.addRange(first + i, truth[i] - r.nextInt(7200), truth[i] + r.nextInt(7200), 2 * i);
        }
        for (int k = 0; n.constraintCount() < 1_000_000; k++) {
            int a = r.nextInt(size);
            int b = r.nextInt(size);
            if (a != b) {
                long gap = truth[b] - truth[a];
                n.addDistance(first + a, first + b, gap - r.nextInt(600), gap + r.nextInt(600), 2 * size + k);
            }
        }

        Solution s = new Solver().solve(n);

        assertThat(s.consistent()).isTrue();
        for (int i = 0; i < size; i += 997) {
            assertThat(truth[i]).isBetween(s.earliest(first + i), s.latest(first + i));
        }
    }

    @Test
    void invalidConstraintsAreRefused() {
        TemporalNetwork n = new TemporalNetwork();
        int x = n.addPoint();
        assertThatThrownBy(() -> n.addConstraint(x, x, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.addConstraint(x, 9, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.addRange(x, 5, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.addRange(x, 0, TemporalNetwork.MAX_MAGNITUDE + 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.addDisjunction(x, new long[] {3}, new long[] {2}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Solver(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
