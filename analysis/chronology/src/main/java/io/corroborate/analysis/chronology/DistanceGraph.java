package io.corroborate.analysis.chronology;

import java.util.Arrays;

/**
 * The distance graph of one connected part of a network, local node 0 being the origin, with
 * single-source shortest paths from and to the origin and negative-cycle detection.
 *
 * <p>The labelling follows Goldberg and Radzik: each pass takes the nodes whose label just fell, walks
 * the admissible edges (reduced cost at most zero) from them depth-first, and scans what it reached in
 * topological order, so a chain of constraints settles in one pass rather than one pass per link. A
 * back edge closing an admissible cycle of negative total weight is a negative cycle. Edge weights may
 * be changed between runs (the disjunction slots); {@link #DISABLED} switches an edge off.
 */
final class DistanceGraph {
    static final long INF = Long.MAX_VALUE / 4;
    static final long DISABLED = Long.MAX_VALUE;

    /** Labels after a run, or the edges of a negative cycle. */
    static final class Run {
        final long[] dist;
        final int[] parent;
        final int[] cycle;

        Run(long[] dist, int[] parent, int[] cycle) {
            this.dist = dist;
            this.parent = parent;
            this.cycle = cycle;
        }

        boolean hasCycle() {
            return cycle != null;
        }
    }

    final int n;
    final int m;
    final int[] from;
    final int[] to;
    final long[] weight;
    private final int[] outStart;
    private final int[] outEdges;
    private int[] inStart;
    private int[] inEdges;

    DistanceGraph(int n, int[] from, int[] to, long[] weight, int m) {
        this.n = n;
        this.m = m;
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.outStart = new int[n + 1];
        this.outEdges = new int[m];
        group(from, outStart, outEdges);
    }

    private void group(int[] key, int[] start, int[] edges) {
        for (int e = 0; e < m; e++) {
            start[key[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            edges[fill[key[e]]++] = e;
        }
    }

    /** Labels from a virtual source joined to every node by a zero edge: finds any negative cycle at all. */
    Run potentials() {
        return run(false, true);
    }

    /** Shortest distances from the origin: the latest time of each node. */
    Run fromOrigin() {
        return run(false, false);
    }

    /** Shortest distances to the origin: minus the earliest time of each node. */
    Run toOrigin() {
        if (inStart == null) {
            inStart = new int[n + 1];
            inEdges = new int[m];
            group(to, inStart, inEdges);
        }
        return run(true, false);
    }

    private Run run(boolean reversed, boolean allZero) {
        final int[] start = reversed ? inStart : outStart;
        final int[] adj = reversed ? inEdges : outEdges;
        final int[] tailOf = reversed ? to : from;
        final int[] headOf = reversed ? from : to;

        long[] d = new long[n];
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] scan = new int[n];
        int[] next = new int[n];
        boolean[] queued = new boolean[n];
        int scanCount;
        if (allZero) {
            for (int v = 0; v < n; v++) {
                scan[v] = v;
                queued[v] = true;
            }
            scanCount = n;
        } else {
            Arrays.fill(d, INF);
            d[0] = 0;
            scan[0] = 0;
            queued[0] = true;
            scanCount = 1;
        }
        int[] visited = new int[n];
        boolean[] onStack = new boolean[n];
        long[] cum = new long[n];
        int[] treeEdge = new int[n];
        int[] stackNode = new int[n];
        int[] stackPos = new int[n];
        int[] order = new int[n];

        long pass = 0;
        while (scanCount > 0) {
            pass++;
            if (pass > 2L * n + 2) {
                // without a negative cycle the labels settle within n passes; look for the cycle directly
                int[] c = parentCycle(parent, tailOf);
                if (c != null) {
                    return new Run(d, parent, c);
                }
                if (pass > 8L * n + 16) {
                    throw new IllegalStateException("shortest paths did not settle after " + pass + " passes");
                }
            }
            int stamp = (int) pass;
            int orderCount = 0;
            for (int i = 0; i < scanCount; i++) {
                int r = scan[i];
                queued[r] = false;
                if (visited[r] == stamp || !improves(r, d, start, adj, headOf)) {
                    continue;
                }
                int sp = 0;
                stackNode[0] = r;
                stackPos[0] = start[r];
                visited[r] = stamp;
                onStack[r] = true;
                cum[r] = 0;
                treeEdge[r] = -1;
                while (sp >= 0) {
                    int u = stackNode[sp];
                    boolean descended = false;
                    boolean uOpen = d[u] >= INF;
                    while (stackPos[sp] < start[u + 1]) {
                        int e = adj[stackPos[sp]++];
                        long w = weight[e];
                        if (w == DISABLED) {
                            continue;
                        }
                        int x = headOf[e];
                        long rc;
                        if (uOpen) {
                            // an unlabelled node leads only to unlabelled ones; its weights still sum along a cycle
                            if (d[x] < INF) {
                                continue;
                            }
                            rc = w;
                        } else if (d[x] >= INF) {
                            rc = 0;
                        } else {
                            rc = d[u] + w - d[x];
                            if (rc > 0) {
                                continue;
                            }
                        }
                        if (visited[x] != stamp) {
                            visited[x] = stamp;
                            onStack[x] = true;
                            cum[x] = cum[u] + rc;
                            treeEdge[x] = e;
                            sp++;
                            stackNode[sp] = x;
                            stackPos[sp] = start[x];
                            descended = true;
                            break;
                        } else if (onStack[x] && cum[u] + rc - cum[x] < 0) {
                            return new Run(d, parent, treeCycle(e, u, x, treeEdge, tailOf));
                        }
                    }
                    if (!descended) {
                        onStack[u] = false;
                        order[orderCount++] = u;
                        sp--;
                    }
                }
            }
            int nextCount = 0;
            for (int i = orderCount - 1; i >= 0; i--) {
                int u = order[i];
                long du = d[u];
                if (du >= INF) {
                    continue;
                }
                for (int p = start[u]; p < start[u + 1]; p++) {
                    int e = adj[p];
                    long w = weight[e];
                    if (w == DISABLED) {
                        continue;
                    }
                    int x = headOf[e];
                    long nd = du + w;
                    if (nd < d[x]) {
                        d[x] = nd;
                        parent[x] = e;
                        if (!queued[x]) {
                            queued[x] = true;
                            next[nextCount++] = x;
                        }
                    }
                }
            }
            int[] t = scan;
            scan = next;
            next = t;
            scanCount = nextCount;
        }
        return new Run(d, parent, null);
    }

    private boolean improves(int u, long[] d, int[] start, int[] adj, int[] headOf) {
        long du = d[u];
        if (du >= INF) {
            return false;
        }
        for (int p = start[u]; p < start[u + 1]; p++) {
            int e = adj[p];
            long w = weight[e];
            if (w != DISABLED && du + w < d[headOf[e]]) {
                return true;
            }
        }
        return false;
    }

    private static int[] treeCycle(int backEdge, int u, int x, int[] treeEdge, int[] tailOf) {
        int length = 1;
        for (int v = u; v != x; v = tailOf[treeEdge[v]]) {
            length++;
        }
        int[] c = new int[length];
        int k = 0;
        c[k++] = backEdge;
        for (int v = u; v != x; v = tailOf[treeEdge[v]]) {
            c[k++] = treeEdge[v];
        }
        return c;
    }

    private int[] parentCycle(int[] parent, int[] tailOf) {
        int[] seen = new int[n];
        for (int v = 0; v < n; v++) {
            if (seen[v] != 0) {
                continue;
            }
            int u = v;
            while (u != -1 && seen[u] == 0) {
                seen[u] = v + 1;
                int e = parent[u];
                u = e < 0 ? -1 : tailOf[e];
            }
            if (u != -1 && seen[u] == v + 1) {
                int length = 0;
                int c = u;
                do {
                    length++;
                    c = tailOf[parent[c]];
                } while (c != u);
                int[] cycle = new int[length];
                c = u;
                for (int k = 0; k < length; k++) {
                    cycle[k] = parent[c];
                    c = tailOf[parent[c]];
                }
                return cycle;
            }
        }
        return null;
    }
}
