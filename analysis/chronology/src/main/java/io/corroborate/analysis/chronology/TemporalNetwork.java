package io.corroborate.analysis.chronology;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Simple Temporal Network with unary disjunctions: time points, distance constraints
 * {@code x[to] - x[from] <= maxDifference}, and disjunctions "point lies in one of these intervals".
 *
 * <p>Point {@link #ORIGIN} is the reference at time zero; a bound {@code x <= t} is a constraint from the
 * origin, so with times in epoch seconds the solved distances are instants. Every constraint and
 * disjunction carries an {@code int} label chosen by the caller (e.g. the index of the clue it came
 * from), or {@link #NO_LABEL} for a structural constraint that can never be dropped; labels are what
 * {@link Solver} reports in bindings and conflicts. Storage is a few primitive arrays proportional to
 * the number of constraints (never a point-by-point matrix). Not thread-safe while being built; a
 * finished network may be solved from several threads.
 */
public final class TemporalNetwork {
    public static final int ORIGIN = 0;
    public static final int NO_LABEL = -1;
    /** Largest magnitude of a bound or distance (about 3,000 years in seconds), so sums over long paths cannot overflow. */
    public static final long MAX_MAGNITUDE = 100_000_000_000L;
    /** An open side of a disjunction's interval. */
    public static final long OPEN_BELOW = Long.MIN_VALUE;
    public static final long OPEN_ABOVE = Long.MAX_VALUE;

    private int points = 1;

    private int edges;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private long[] weight = new long[16];
    private int[] edgeLabel = new int[16];

    private int disjunctions;
    private int[] disjunctionPoint = new int[4];
    private int[] disjunctionLabel = new int[4];
    private int[] alternativeStart = new int[5];
    private int alternatives;
    private long[] alternativeLow = new long[8];
    private long[] alternativeHigh = new long[8];

    /** Adds a time point and returns its id (ids count up from 1; 0 is the origin). */
    public int addPoint() {
        if (points == Integer.MAX_VALUE) {
            throw new IllegalStateException("too many time points");
        }
        return points++;
    }

    /** Adds {@code count} points and returns the id of the first; the others follow it. */
    public int addPoints(int count) {
        if (count < 0 || (long) points + count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot add " + count + " points");
        }
        int first = points;
        points += count;
        return first;
    }

    /** Number of points, the origin included. */
    public int pointCount() {
        return points;
    }

    public int constraintCount() {
        return edges;
    }

    public int disjunctionCount() {
        return disjunctions;
    }

    /** {@code x[to] - x[from] <= maxDifference}. */
    public void addConstraint(int fromPoint, int toPoint, long maxDifference, int label) {
        checkPoint(fromPoint);
        checkPoint(toPoint);
        if (fromPoint == toPoint) {
            throw new IllegalArgumentException("a constraint needs two different points, got " + fromPoint + " twice");
        }
        checkMagnitude(maxDifference);
        checkLabel(label);
        if (edges == from.length) {
            int n = edges * 2;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            weight = Arrays.copyOf(weight, n);
            edgeLabel = Arrays.copyOf(edgeLabel, n);
        }
        from[edges] = fromPoint;
        to[edges] = toPoint;
        weight[edges] = maxDifference;
        edgeLabel[edges] = label;
        edges++;
    }

    /** {@code min <= x[b] - x[a] <= max}; pass {@link #OPEN_BELOW}/{@link #OPEN_ABOVE} for an open side. */
    public void addDistance(int a, int b, long min, long max, int label) {
        if (min != OPEN_BELOW && max != OPEN_ABOVE && min > max) {
            throw new IllegalArgumentException("distance range " + min + ".." + max + " is empty");
        }
        if (max != OPEN_ABOVE) {
            addConstraint(a, b, max, label);
        }
        if (min != OPEN_BELOW) {
            addConstraint(b, a, -min, label);
        }
    }

    /** {@code low <= x[point] <= high}; pass {@link #OPEN_BELOW}/{@link #OPEN_ABOVE} for an open side. */
    public void addRange(int point, long low, long high, int label) {
        if (point == ORIGIN) {
            throw new IllegalArgumentException("the origin cannot be bounded");
        }
        addDistance(ORIGIN, point, low, high, label);
    }

    /**
     * {@code x[point]} lies in at least one of the closed intervals {@code [low[k], high[k]]}. No interval
     * at all means the point can lie nowhere: a conflict that involves only this label.
     */
    public void addDisjunction(int point, long[] low, long[] high, int label) {
        checkPoint(point);
        if (point == ORIGIN) {
            throw new IllegalArgumentException("the origin cannot carry a disjunction");
        }
        checkLabel(label);
        Objects.requireNonNull(low, "low is null");
        Objects.requireNonNull(high, "high is null");
        if (low.length != high.length) {
            throw new IllegalArgumentException("a disjunction needs as many low as high ends");
        }
        for (int k = 0; k < low.length; k++) {
            if (low[k] != OPEN_BELOW) {
                checkMagnitude(low[k]);
            }
            if (high[k] != OPEN_ABOVE) {
                checkMagnitude(high[k]);
            }
            if (low[k] != OPEN_BELOW && high[k] != OPEN_ABOVE && low[k] > high[k]) {
                throw new IllegalArgumentException("alternative " + low[k] + ".." + high[k] + " is empty");
            }
        }
        if (disjunctions == disjunctionPoint.length) {
            int n = disjunctions * 2;
            disjunctionPoint = Arrays.copyOf(disjunctionPoint, n);
            disjunctionLabel = Arrays.copyOf(disjunctionLabel, n);
            alternativeStart = Arrays.copyOf(alternativeStart, n + 1);
        }
        while (alternatives + low.length > alternativeLow.length) {
            alternativeLow = Arrays.copyOf(alternativeLow, alternativeLow.length * 2);
            alternativeHigh = Arrays.copyOf(alternativeHigh, alternativeHigh.length * 2);
        }
        System.arraycopy(low, 0, alternativeLow, alternatives, low.length);
        System.arraycopy(high, 0, alternativeHigh, alternatives, high.length);
        disjunctionPoint[disjunctions] = point;
        disjunctionLabel[disjunctions] = label;
        alternativeStart[disjunctions] = alternatives;
        alternatives += low.length;
        disjunctions++;
        alternativeStart[disjunctions] = alternatives;
    }

    private void checkPoint(int p) {
        if (p < 0 || p >= points) {
            throw new IllegalArgumentException("no time point " + p + " (the network has " + points + ")");
        }
    }

    private static void checkMagnitude(long v) {
        if (v > MAX_MAGNITUDE || v < -MAX_MAGNITUDE) {
            throw new IllegalArgumentException("distance " + v + " is beyond +-" + MAX_MAGNITUDE);
        }
    }

    private static void checkLabel(int label) {
        if (label < NO_LABEL) {
            throw new IllegalArgumentException("labels are >= 0, or NO_LABEL; got " + label);
        }
    }

    // read access for the solver (package-private: the arrays are shared, not copied)

    int from(int e) {
        return from[e];
    }

    int to(int e) {
        return to[e];
    }

    long weight(int e) {
        return weight[e];
    }

    int label(int e) {
        return edgeLabel[e];
    }

    int disjunctionPoint(int d) {
        return disjunctionPoint[d];
    }

    int disjunctionLabel(int d) {
        return disjunctionLabel[d];
    }

    int alternativeCount(int d) {
        return alternativeStart[d + 1] - alternativeStart[d];
    }

    long alternativeLow(int d, int k) {
        return alternativeLow[alternativeStart[d] + k];
    }

    long alternativeHigh(int d, int k) {
        return alternativeHigh[alternativeStart[d] + k];
    }
}
