package io.corroborate.analysis.chronology;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the solver with a brute force that tries every assignment of a few points to integer minutes
 * in a small range, on random networks with disjunctions, many of them inconsistent.
 */
class SolverPropertiesTest {
    private static final int RANGE = 12;

    /** A constraint {@code x[to] - x[from] <= w} or a disjunction on {@code to}, with its label. */
    private record Item(int label, int from, int to, long w, long[] low, long[] high) {
        boolean disjunction() {
            return low != null;
        }
    }

    private record Spec(int points, List<Item> items) {
        TemporalNetwork network(BitSet without) {
            TemporalNetwork n = new TemporalNetwork();
            n.addPoints(points);
            for (int p = 1; p <= points; p++) {
                n.addRange(p, 0, RANGE, TemporalNetwork.NO_LABEL);
            }
            for (Item i : items) {
                if (without.get(i.label)) {
                    continue;
                }
                if (i.disjunction()) {
                    n.addDisjunction(i.to, i.low, i.high, i.label);
                } else {
                    n.addConstraint(i.from, i.to, i.w, i.label);
                }
            }
            return n;
        }
    }

    /** Every assignment's hull per point, or null when none satisfies the kept items. */
    private static long[][] bruteForce(Spec spec, BitSet keep) {
        int p = spec.points;
        long[] lo = new long[p + 1];
        long[] hi = new long[p + 1];
        java.util.Arrays.fill(lo, Long.MAX_VALUE);
        java.util.Arrays.fill(hi, Long.MIN_VALUE);
        int[] x = new int[p + 1];
        boolean any = false;
        int total = (int) Math.pow(RANGE + 1, p);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int i = 1; i <= p; i++) {
                x[i] = c % (RANGE + 1);
                c /= RANGE + 1;
            }
            if (satisfies(spec, keep, x)) {
                any = true;
                for (int i = 1; i <= p; i++) {
                    lo[i] = Math.min(lo[i], x[i]);
                    hi[i] = Math.max(hi[i], x[i]);
                }
            }
        }
        return any ? new long[][] {lo, hi} : null;
    }

    private static boolean satisfies(Spec spec, BitSet keep, int[] x) {
        for (Item i : spec.items) {
            if (!keep.get(i.label)) {
                continue;
            }
            if (i.disjunction()) {
                boolean in = false;
                for (int k = 0; k < i.low.length; k++) {
                    in |= x[i.to] >= i.low[k] && x[i.to] <= i.high[k];
                }
                if (!in) {
                    return false;
                }
            } else if (x[i.to] - x[i.from] > i.w) {
                return false;
            }
        }
        return true;
    }

    private static Spec randomSpec(long seed) {
        Random r = new Random(seed);
        int points = 1 + r.nextInt(3);
        int constraints = r.nextInt(8);
        int disjunctions = r.nextInt(5);
        List<Item> items = new ArrayList<>();
        int label = 0;
        for (int k = 0; k < constraints; k++) {
            int a = r.nextInt(points + 1);
            int b = r.nextInt(points + 1);
            if (a == b) {
                b = a == points ? 0 : a + 1;
            }
            items.add(new Item(label++, a, b, r.nextInt(2 * RANGE + 1) - RANGE, null, null));
        }
        for (int k = 0; k < disjunctions; k++) {
            int alternatives = r.nextInt(4);
            long[] low = new long[alternatives];
            long[] high = new long[alternatives];
            for (int a = 0; a < alternatives; a++) {
                low[a] = r.nextInt(RANGE + 1);
                high[a] = low[a] + r.nextInt(4);
            }
            items.add(new Item(label++, 0, 1 + r.nextInt(points), 0, low, high));
        }
        java.util.Collections.shuffle(items, r);
        return new Spec(points, items);
    }

    private static BitSet all(Spec spec) {
        BitSet b = new BitSet();
        spec.items.forEach(i -> b.set(i.label));
        return b;
    }

    @Property(tries = 1500)
    void windowsEqualTheBruteForceHullAfterTheConflictsAreDropped(@ForAll long seed) {
        Spec spec = randomSpec(seed);
        Solution s = new Solver().solve(spec.network(new BitSet()));

        BitSet dropped = new BitSet();
        s.conflicts().forEach(c -> c.dropped().forEach(dropped::set));
        BitSet kept = all(spec);
        kept.andNot(dropped);
        long[][] expected = bruteForce(spec, kept);

        assertThat(expected).as("what remains after dropping must be consistent").isNotNull();
        assertThat(s.consistent()).isEqualTo(bruteForce(spec, all(spec)) != null);
        for (int p = 1; p <= spec.points; p++) {
            assertThat(s.earliest(p)).as("earliest of %d", p).isEqualTo(expected[0][p]);
            assertThat(s.latest(p)).as("latest of %d", p).isEqualTo(expected[1][p]);
        }
    }

    @Property(tries = 1500)
    void everyReportedConflictIsInconsistentAndMinimal(@ForAll long seed) {
        Spec spec = randomSpec(seed);
        Solution s = new Solver().solve(spec.network(new BitSet()));

        for (Conflict c : s.conflicts()) {
            BitSet core = new BitSet();
            c.labels().forEach(core::set);
            assertThat(bruteForce(spec, core)).as("conflict %s must not hold together", c.labels()).isNull();
            for (int l : c.labels()) {
                BitSet smaller = (BitSet) core.clone();
                smaller.clear(l);
                assertThat(bruteForce(spec, smaller)).as("conflict %s without %d must hold", c.labels(), l).isNotNull();
            }
        }
    }

    @Property(tries = 800)
    void theApproximationNeverExcludesAPossibleValue(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int limit) {
        Spec spec = randomSpec(seed);
        Solution s = new Solver(limit).solve(spec.network(new BitSet()));

        BitSet dropped = new BitSet();
        s.conflicts().forEach(c -> c.dropped().forEach(dropped::set));
        BitSet kept = all(spec);
        kept.andNot(dropped);
        long[][] possible = bruteForce(spec, kept);
        for (Conflict c : s.conflicts()) {
            BitSet core = new BitSet();
            c.labels().forEach(core::set);
            assertThat(bruteForce(spec, core)).as("a reported conflict is real").isNull();
        }
        if (possible != null) {
            for (int p = 1; p <= spec.points; p++) {
                assertThat(s.earliest(p)).isLessThanOrEqualTo(possible[0][p]);
                assertThat(s.latest(p)).isGreaterThanOrEqualTo(possible[1][p]);
            }
        }
    }
}
