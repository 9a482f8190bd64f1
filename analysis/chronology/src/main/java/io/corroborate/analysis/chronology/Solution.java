package io.corroborate.analysis.chronology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The solved windows of a {@link TemporalNetwork}: for each point the earliest and latest value it can
 * take under the constraints that were kept, the labels of the constraints that bind each bound, the
 * conflicts found and the labels dropped to resolve them. Immutable.
 */
public final class Solution {
    /** {@link #earliest} of a point with no lower bound. */
    public static final long UNBOUNDED_EARLIEST = Long.MIN_VALUE;
    /** {@link #latest} of a point with no upper bound. */
    public static final long UNBOUNDED_LATEST = Long.MAX_VALUE;

    /** A persistent list of labels from a point back towards the origin; shared between points. */
    static final class Path {
        final int label;
        final Path next;

        Path(int label, Path next) {
            this.label = label;
            this.next = next;
        }
    }

    private final long[] earliest;
    private final long[] latest;
    private final Path[] earliestPath;
    private final Path[] latestPath;
    private final BitSet approximate;
    private final BitSet unresolved;
    private final List<Conflict> conflicts;
    private final BitSet dropped;

    Solution(long[] earliest, long[] latest, Path[] earliestPath, Path[] latestPath, BitSet approximate,
             BitSet unresolved, List<Conflict> conflicts) {
        this.earliest = earliest;
        this.latest = latest;
        this.earliestPath = earliestPath;
        this.latestPath = latestPath;
        this.approximate = approximate;
        this.unresolved = unresolved;
        this.conflicts = List.copyOf(conflicts);
        this.dropped = new BitSet();
        for (Conflict c : this.conflicts) {
            c.dropped().forEach(dropped::set);
        }
    }

    public int pointCount() {
        return earliest.length;
    }

    /** The earliest value of the point, or {@link #UNBOUNDED_EARLIEST}. */
    public long earliest(int point) {
        return earliest[point];
    }

    /** The latest value of the point, or {@link #UNBOUNDED_LATEST}. */
    public long latest(int point) {
        return latest[point];
    }

    /**
     * Labels of the constraints whose chain yields {@link #earliest}, from the bound at the origin's end
     * to the point itself, each once; empty when unbounded.
     */
    public int[] earliestBoundBy(int point) {
        return labels(earliestPath[point]);
    }

    /** Labels of the constraints whose chain yields {@link #latest}, origin's end first. */
    public int[] latestBoundBy(int point) {
        return labels(latestPath[point]);
    }

    /**
     * Whether the point's part of the network had too many disjunction combinations to enumerate, so
     * its window is a sound over-approximation (it contains every possible value, maybe more).
     */
    public boolean approximate(int point) {
        return approximate.get(point);
    }

    /** False when the point's part could not be solved because its unlabelled constraints conflict. */
    public boolean resolved(int point) {
        return !unresolved.get(point);
    }

    /** Whether all constraints held together (no conflict was found). */
    public boolean consistent() {
        return conflicts.isEmpty();
    }

    /** The minimal conflicts found, in the order they were resolved. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Whether a conflict made the solver set this label aside. */
    public boolean dropped(int label) {
        return label >= 0 && dropped.get(label);
    }

    private static int[] labels(Path p) {
        List<Integer> toOrigin = new ArrayList<>();
        for (Path q = p; q != null; q = q.next) {
            if (q.label >= 0) {
                toOrigin.add(q.label);
            }
        }
        int[] out = new int[toOrigin.size()];
        int k = 0;
        BitSet seen = new BitSet();
        for (int i = toOrigin.size() - 1; i >= 0; i--) {
            int l = toOrigin.get(i);
            if (!seen.get(l)) {
                seen.set(l);
                out[k++] = l;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
