package io.corroborate.analysis.chronology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Solves a {@link TemporalNetwork}: the earliest and latest value of every point, with conflicts found,
 * minimised, explained by their labels and set aside so that the rest still solves.
 *
 * <p>The network is split into parts connected by point-to-point constraints (bounds against the
 * origin do not connect). In each part, one labelling from a virtual source finds any negative cycle,
 * then one labelling from the origin gives every point's latest value and one towards it the earliest.
 * Disjunctions (a point in one of several intervals) are first pruned against the part's window
 * without them; when the remaining combinations number at most the combination limit, each is solved
 * and the windows are the hull of the union over the consistent ones (exact). Beyond the limit, each
 * disjunction is replaced by the hull of its alternatives, every alternative is tested alone against
 * the hulls of the others and dropped when it conflicts, to a fixpoint, and the windows are those of
 * the hull network: a sound over-approximation, flagged per point. Each conflict is reduced to a
 * minimal set of labels by deletion, the {@link ConflictPolicy} names which of them to drop, and the
 * part is solved again. Stateless and thread-safe.
 */
public final class Solver {
    public static final int DEFAULT_COMBINATION_LIMIT = 4096;
    private static final int FALLBACK_ROUNDS = 4;
    /** Most labelling work (scenarios times nodes and edges) spent on one part's disjunctions before settling for hulls. */
    static final long WORK_BUDGET = 200_000_000L;

    private final int combinationLimit;

    public Solver() {
        this(DEFAULT_COMBINATION_LIMIT);
    }

    /** @param combinationLimit most disjunction combinations of one part that are enumerated exactly */
    public Solver(int combinationLimit) {
        if (combinationLimit < 1) {
            throw new IllegalArgumentException("the combination limit must be at least 1, got " + combinationLimit);
        }
        this.combinationLimit = combinationLimit;
    }

    /** Solves, dropping every constraint of each conflict found. */
    public Solution solve(TemporalNetwork network) {
        return solve(network, ConflictPolicy.DROP_ALL);
    }

    public Solution solve(TemporalNetwork network, ConflictPolicy policy) {
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(policy, "policy is null");
        int n = network.pointCount();
        long[] earliest = new long[n];
        long[] latest = new long[n];
        Arrays.fill(earliest, Solution.UNBOUNDED_EARLIEST);
        Arrays.fill(latest, Solution.UNBOUNDED_LATEST);
        earliest[0] = 0;
        latest[0] = 0;
        Solution.Path[] earliestPath = new Solution.Path[n];
        Solution.Path[] latestPath = new Solution.Path[n];
        BitSet approximate = new BitSet();
        BitSet unresolved = new BitSet();
        List<Conflict> conflicts = new ArrayList<>();

        Parts parts = new Parts(network);
        int[] local = new int[n];
        for (int c = 0; c < parts.count; c++) {
            int[] points = parts.points(c);
            int[] edges = parts.edges(c);
            int[] disjunctions = parts.disjunctions(c);
            if (edges.length == 0 && disjunctions.length == 0) {
                continue;
            }
            for (int i = 0; i < points.length; i++) {
                local[points[i]] = i + 1;
            }
            Part part = new Part(network, points, edges, disjunctions, local);
            part.solve(policy, conflicts);
            for (int i = 0; i < points.length; i++) {
                int p = points[i];
                if (part.unresolved) {
                    unresolved.set(p);
                    continue;
                }
                earliest[p] = part.result.earliest[i + 1];
                latest[p] = part.result.latest[i + 1];
                earliestPath[p] = part.result.earliestPath[i + 1];
                latestPath[p] = part.result.latestPath[i + 1];
                if (part.result.approximate) {
                    approximate.set(p);
                }
            }
        }
        return new Solution(earliest, latest, earliestPath, latestPath, approximate, unresolved, conflicts);
    }

    /** Points, constraints and disjunctions grouped by connected part, parts ordered by their first point. */
    private static final class Parts {
        final int count;
        private final int[] pointStart;
        private final int[] pointList;
        private final int[] edgeStart;
        private final int[] edgeList;
        private final int[] disjunctionStart;
        private final int[] disjunctionList;

        Parts(TemporalNetwork net) {
            int n = net.pointCount();
            int[] root = new int[n];
            for (int p = 0; p < n; p++) {
                root[p] = p;
            }
            int m = net.constraintCount();
            for (int e = 0; e < m; e++) {
                int a = net.from(e);
                int b = net.to(e);
                if (a != TemporalNetwork.ORIGIN && b != TemporalNetwork.ORIGIN) {
                    int ra = find(root, a);
                    int rb = find(root, b);
                    if (ra != rb) {
                        root[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                }
            }
            int[] part = new int[n];
            int[] idOfRoot = new int[n];
            Arrays.fill(idOfRoot, -1);
            int c = 0;
            for (int p = 1; p < n; p++) {
                int r = find(root, p);
                if (idOfRoot[r] < 0) {
                    idOfRoot[r] = c++;
                }
                part[p] = idOfRoot[r];
            }
            count = c;
            pointStart = new int[c + 1];
            pointList = new int[Math.max(0, n - 1)];
            for (int p = 1; p < n; p++) {
                pointStart[part[p] + 1]++;
            }
            fill(pointStart, pointList, n - 1, i -> part[i + 1], i -> i + 1);
            edgeStart = new int[c + 1];
            edgeList = new int[m];
            for (int e = 0; e < m; e++) {
                edgeStart[part[endpoint(net, e)] + 1]++;
            }
            fill(edgeStart, edgeList, m, e -> part[endpoint(net, e)], e -> e);
            int d = net.disjunctionCount();
            disjunctionStart = new int[c + 1];
            disjunctionList = new int[d];
            for (int k = 0; k < d; k++) {
                disjunctionStart[part[net.disjunctionPoint(k)] + 1]++;
            }
            fill(disjunctionStart, disjunctionList, d, k -> part[net.disjunctionPoint(k)], k -> k);
        }

        private static int endpoint(TemporalNetwork net, int e) {
            return net.from(e) != TemporalNetwork.ORIGIN ? net.from(e) : net.to(e);
        }

        private static void fill(int[] start, int[] list, int size, java.util.function.IntUnaryOperator partOf,
                                 java.util.function.IntUnaryOperator value) {
            for (int i = 0; i + 1 < start.length; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, start.length);
            for (int i = 0; i < size; i++) {
                list[next[partOf.applyAsInt(i)]++] = value.applyAsInt(i);
            }
        }

        private static int find(int[] root, int p) {
            while (root[p] != p) {
                root[p] = root[root[p]];
                p = root[p];
            }
            return p;
        }

        int[] points(int c) {
            return Arrays.copyOfRange(pointList, pointStart[c], pointStart[c + 1]);
        }

        int[] edges(int c) {
            return Arrays.copyOfRange(edgeList, edgeStart[c], edgeStart[c + 1]);
        }

        int[] disjunctions(int c) {
            return Arrays.copyOfRange(disjunctionList, disjunctionStart[c], disjunctionStart[c + 1]);
        }
    }

    /** What one evaluation of a part found. */
    private static final class Outcome {
        boolean feasible;
        boolean approximate;
        final TreeSet<Integer> reasons = new TreeSet<>();
        long[] earliest;
        long[] latest;
        Solution.Path[] earliestPath;
        Solution.Path[] latestPath;
    }

    /** One connected part: local node 0 is the origin, node i + 1 is points[i]. */
    private final class Part {
        private final TemporalNetwork net;
        private final int[] points;
        private final int[] edges;
        private final int[] disjunctions;
        private final int[] local;
        Outcome result;
        boolean unresolved;

        Part(TemporalNetwork net, int[] points, int[] edges, int[] disjunctions, int[] local) {
            this.net = net;
            this.points = points;
            this.edges = edges;
            this.disjunctions = disjunctions;
            this.local = local;
        }

        void solve(ConflictPolicy policy, List<Conflict> conflicts) {
            BitSet excluded = new BitSet();
            while (true) {
                Outcome o = evaluate(l -> l < 0 || !excluded.get(l), true);
                if (o.feasible) {
                    result = o;
                    return;
                }
                List<Integer> core = minimise(o.reasons);
                if (core.isEmpty()) {
                    conflicts.add(new Conflict(List.of(), List.of()));
                    unresolved = true;
                    return;
                }
                List<Integer> drop = policy.drop(core);
                if (drop == null || drop.isEmpty() || !core.containsAll(drop)) {
                    drop = core;
                }
                List<Integer> sortedDrop = new ArrayList<>(new TreeSet<>(drop));
                conflicts.add(new Conflict(core, sortedDrop));
                sortedDrop.forEach(excluded::set);
            }
        }

        /** Deletion filter: tries to leave out each label in turn, keeping it only when the rest stops conflicting. */
        private List<Integer> minimise(TreeSet<Integer> reasons) {
            TreeSet<Integer> keep = new TreeSet<>(reasons);
            keep.remove(TemporalNetwork.NO_LABEL);
            for (Integer l : new ArrayList<>(keep)) {
                keep.remove(l);
                if (evaluate(x -> x < 0 || keep.contains(x), false).feasible) {
                    keep.add(l);
                }
            }
            return new ArrayList<>(keep);
        }

        private Outcome evaluate(IntPredicate include, boolean wantWindows) {
            Outcome out = new Outcome();
            int nodes = points.length + 1;
            int[] activeDisjunctions = Arrays.stream(disjunctions).filter(d -> include.test(net.disjunctionLabel(d))).toArray();
            int dCount = activeDisjunctions.length;
            int capacity = edges.length + 2 * dCount;
            int[] from = new int[capacity];
            int[] to = new int[capacity];
            long[] weight = new long[capacity];
            int[] label = new int[capacity];
            int m = 0;
            for (int e : edges) {
                if (include.test(net.label(e))) {
                    from[m] = localOf(net.from(e));
                    to[m] = localOf(net.to(e));
                    weight[m] = net.weight(e);
                    label[m] = net.label(e);
                    m++;
                }
            }
            int slots = m;
            for (int i = 0; i < dCount; i++) {
                int p = localOf(net.disjunctionPoint(activeDisjunctions[i]));
                int l = net.disjunctionLabel(activeDisjunctions[i]);
                from[m] = 0;
                to[m] = p;
                label[m] = l;
                weight[m++] = DistanceGraph.DISABLED;
                from[m] = p;
                to[m] = 0;
                label[m] = l;
                weight[m++] = DistanceGraph.DISABLED;
            }
            DistanceGraph g = new DistanceGraph(nodes, from, to, weight, m);
            DistanceGraph.Run base = g.potentials();
            if (base.hasCycle()) {
                addLabels(out.reasons, base.cycle, label);
                return out;
            }
            if (dCount == 0) {
                out.feasible = true;
                if (wantWindows) {
                    initWindows(out, nodes);
                    mergeWindows(out, g, label);
                }
                return out;
            }
            DistanceGraph.Run up = g.fromOrigin();
            DistanceGraph.Run down = g.toOrigin();
            int[][] alive = new int[dCount][];
            long combinations = 1;
            for (int i = 0; i < dCount; i++) {
                int d = activeDisjunctions[i];
                int p = localOf(net.disjunctionPoint(d));
                long lo = down.dist[p] >= DistanceGraph.INF ? Long.MIN_VALUE : -down.dist[p];
                long hi = up.dist[p] >= DistanceGraph.INF ? Long.MAX_VALUE : up.dist[p];
                int count = net.alternativeCount(d);
                int[] keep = new int[count];
                int k = 0;
                boolean cutAbove = false;
                boolean cutBelow = false;
                for (int a = 0; a < count; a++) {
                    if (net.alternativeLow(d, a) > hi) {
                        cutAbove = true;
                    } else if (net.alternativeHigh(d, a) < lo) {
                        cutBelow = true;
                    } else {
                        keep[k++] = a;
                    }
                }
                // the bounds that rule alternatives out belong to any conflict found among the rest
                if (cutAbove) {
                    addPath(out.reasons, up, p, g.from, label);
                }
                if (cutBelow) {
                    addPath(out.reasons, down, p, g.to, label);
                }
                if (k == 0) {
                    out.reasons.add(net.disjunctionLabel(d));
                    return out;
                }
                alive[i] = Arrays.copyOf(keep, k);
                // saturates just past the limit: the exact count no longer matters there
                combinations = Math.min((long) combinationLimit + 1, combinations * k);
            }
            long size = (long) g.n + g.m;
            if (combinations <= combinationLimit && combinations * size <= WORK_BUDGET) {
                enumerate(out, g, label, slots, activeDisjunctions, alive, wantWindows);
            } else {
                approximate(out, g, label, slots, activeDisjunctions, alive, wantWindows);
            }
            return out;
        }

        private void enumerate(Outcome out, DistanceGraph g, int[] label, int slots, int[] active, int[][] alive,
                               boolean wantWindows) {
            int dCount = active.length;
            int[] choice = new int[dCount];
            if (wantWindows) {
                initWindows(out, g.n);
            }
            while (true) {
                for (int i = 0; i < dCount; i++) {
                    setSlot(g, slots, i, active[i], alive[i][choice[i]]);
                }
                DistanceGraph.Run r = g.potentials();
                if (r.hasCycle()) {
                    addLabels(out.reasons, r.cycle, label);
                } else {
                    out.feasible = true;
                    if (!wantWindows) {
                        return;
                    }
                    mergeWindows(out, g, label);
                }
                int i = 0;
                while (i < dCount && ++choice[i] == alive[i].length) {
                    choice[i] = 0;
                    i++;
                }
                if (i == dCount) {
                    return;
                }
            }
        }

        private void approximate(Outcome out, DistanceGraph g, int[] label, int slots, int[] active, int[][] alive,
                                 boolean wantWindows) {
            int dCount = active.length;
            long size = (long) g.n + g.m;
            long work = 0;
            for (int j = 0; j < dCount; j++) {
                setHull(g, slots, j, active[j], alive[j]);
            }
            boolean changed = true;
            for (int round = 0; changed && round < FALLBACK_ROUNDS; round++) {
                changed = false;
                for (int i = 0; i < dCount; i++) {
                    int[] survivors = new int[alive[i].length];
                    int k = 0;
                    for (int a : alive[i]) {
                        work += size;
                        if (work > WORK_BUDGET) {
                            // out of budget: keep the untested alternatives; the hull stays sound
                            survivors[k++] = a;
                            continue;
                        }
                        setSlot(g, slots, i, active[i], a);
                        DistanceGraph.Run r = g.potentials();
                        if (r.hasCycle()) {
                            addLabels(out.reasons, r.cycle, label);
                            changed = true;
                        } else {
                            survivors[k++] = a;
                        }
                    }
                    if (k == 0) {
                        out.reasons.add(net.disjunctionLabel(active[i]));
                        return;
                    }
                    alive[i] = Arrays.copyOf(survivors, k);
                    setHull(g, slots, i, active[i], alive[i]);
                }
            }
            DistanceGraph.Run r = g.potentials();
            if (r.hasCycle()) {
                addLabels(out.reasons, r.cycle, label);
                return;
            }
            out.feasible = true;
            out.approximate = true;
            if (wantWindows) {
                initWindows(out, g.n);
                mergeWindows(out, g, label);
            }
        }

        private void setSlot(DistanceGraph g, int slots, int i, int d, int a) {
            long lo = net.alternativeLow(d, a);
            long hi = net.alternativeHigh(d, a);
            g.weight[slots + 2 * i] = hi == TemporalNetwork.OPEN_ABOVE ? DistanceGraph.DISABLED : hi;
            g.weight[slots + 2 * i + 1] = lo == TemporalNetwork.OPEN_BELOW ? DistanceGraph.DISABLED : -lo;
        }

        private void setHull(DistanceGraph g, int slots, int i, int d, int[] alternatives) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (int a : alternatives) {
                lo = Math.min(lo, net.alternativeLow(d, a));
                hi = Math.max(hi, net.alternativeHigh(d, a));
            }
            g.weight[slots + 2 * i] = hi == TemporalNetwork.OPEN_ABOVE ? DistanceGraph.DISABLED : hi;
            g.weight[slots + 2 * i + 1] = lo == TemporalNetwork.OPEN_BELOW ? DistanceGraph.DISABLED : -lo;
        }

        private int localOf(int point) {
            return point == TemporalNetwork.ORIGIN ? 0 : local[point];
        }

        private void initWindows(Outcome out, int nodes) {
            out.earliest = new long[nodes];
            out.latest = new long[nodes];
            Arrays.fill(out.earliest, Long.MAX_VALUE);
            Arrays.fill(out.latest, Long.MIN_VALUE);
            out.earliestPath = new Solution.Path[nodes];
            out.latestPath = new Solution.Path[nodes];
        }

        /** Widens the outcome's windows by one consistent scenario; ties keep the first scenario's bindings. */
        private void mergeWindows(Outcome out, DistanceGraph g, int[] label) {
            DistanceGraph.Run up = g.fromOrigin();
            DistanceGraph.Run down = g.toOrigin();
            Solution.Path[] upPaths = null;
            Solution.Path[] downPaths = null;
            for (int v = 1; v < g.n; v++) {
                long e = down.dist[v] >= DistanceGraph.INF ? Solution.UNBOUNDED_EARLIEST : -down.dist[v];
                long l = up.dist[v] >= DistanceGraph.INF ? Solution.UNBOUNDED_LATEST : up.dist[v];
                if (e < out.earliest[v]) {
                    if (downPaths == null) {
                        downPaths = paths(down, g.to, label);
                    }
                    out.earliest[v] = e;
                    out.earliestPath[v] = downPaths[v];
                }
                if (l > out.latest[v]) {
                    if (upPaths == null) {
                        upPaths = paths(up, g.from, label);
                    }
                    out.latest[v] = l;
                    out.latestPath[v] = upPaths[v];
                }
            }
        }
    }

    /** Each node's chain of labels back to the origin along the shortest-path tree, sharing common tails. */
    private static Solution.Path[] paths(DistanceGraph.Run run, int[] tailOf, int[] label) {
        int n = run.dist.length;
        Solution.Path[] out = new Solution.Path[n];
        boolean[] done = new boolean[n];
        done[0] = true;
        int[] stack = new int[n];
        for (int v = 1; v < n; v++) {
            int sp = 0;
            int u = v;
            while (!done[u]) {
                if (run.parent[u] < 0) {
                    done[u] = true;
                    break;
                }
                stack[sp++] = u;
                u = tailOf[run.parent[u]];
            }
            while (sp > 0) {
                int w = stack[--sp];
                int e = run.parent[w];
                out[w] = new Solution.Path(label[e], out[tailOf[e]]);
                done[w] = true;
            }
        }
        return out;
    }

    private static void addLabels(TreeSet<Integer> into, int[] cycle, int[] label) {
        for (int e : cycle) {
            if (label[e] >= 0) {
                into.add(label[e]);
            }
        }
    }

    private static void addPath(TreeSet<Integer> into, DistanceGraph.Run run, int v, int[] tailOf, int[] label) {
        int u = v;
        while (u != 0 && run.parent[u] >= 0) {
            int e = run.parent[u];
            if (label[e] >= 0) {
                into.add(label[e]);
            }
            u = tailOf[e];
        }
    }
}
