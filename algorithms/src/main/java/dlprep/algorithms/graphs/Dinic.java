package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * Maximum flow by Dinic's algorithm. The residual network has, for each arc, its remaining capacity and a
 * reverse arc carrying the flow that may be pushed back ("undo"), stored side by side as arcs 2i and 2i + 1
 * so that {@code a ^ 1} is the partner. Each phase: BFS from the source labels vertices by residual
 * distance; DFS pushes flow only along arcs that go one level further (the level graph) until it is blocked,
 * remembering per vertex the next arc to try. At most V phases, so O(V^2 E); O(E sqrt V) on unit-capacity
 * bipartite networks. At the end, the vertices reachable from the source in the residual network are the
 * source side of a minimum cut (max-flow min-cut theorem).
 */
public final class Dinic {

    private final int n;
    private final int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] capacity = new long[16];
    private int arcs;
    private int[] level;

    public Dinic(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Dinic: vertex count must be >= 0, got " + n);
        }
        this.n = n;
        head = new int[n];
        Arrays.fill(head, Graph.NONE);
    }

    /** Adds an arc u -> v of the given capacity (and its reverse residual arc of capacity 0). */
    public Dinic addEdge(int u, int v, long cap) {
        check(u);
        check(v);
        if (cap < 0) {
            throw new IllegalArgumentException("Dinic.addEdge: capacity of " + u + " -> " + v + " is negative: " + cap);
        }
        addArc(u, v, cap);
        addArc(v, u, 0);
        return this;
    }

    /** The value of a maximum flow from source to sink (the network keeps the flow: call once). */
    public long maxFlow(int source, int sink) {
        check(source);
        check(sink);
        if (source == sink) {
            throw new IllegalArgumentException("Dinic.maxFlow: source and sink are the same vertex " + source);
        }
        long flow = 0;
        level = new int[n];
        int[] nextArc = new int[n];
        while (bfs(source, sink)) {
            System.arraycopy(head, 0, nextArc, 0, n);
            long pushed;
            while ((pushed = dfs(source, sink, Long.MAX_VALUE, nextArc)) > 0) {
                flow = Math.addExact(flow, pushed);
            }
        }
        return flow;
    }

    /** After {@link #maxFlow}: whether v is on the source side of the minimum cut. */
    public boolean onSourceSide(int v) {
        check(v);
        if (level == null) {
            throw new IllegalStateException("Dinic.onSourceSide: call maxFlow first");
        }
        return level[v] >= 0;   // the last BFS failed to reach the sink: its reached set is the cut
    }

    private boolean bfs(int source, int sink) {
        Arrays.fill(level, -1);
        int[] queue = new int[n];
        int qh = 0;
        int qt = 0;
        level[source] = 0;
        queue[qt++] = source;
        while (qh < qt) {
            int u = queue[qh++];
            for (int a = head[u]; a != Graph.NONE; a = next[a]) {
                if (capacity[a] > 0 && level[to[a]] < 0) {
                    level[to[a]] = level[u] + 1;
                    queue[qt++] = to[a];
                }
            }
        }
        return level[sink] >= 0;
    }

    private long dfs(int u, int sink, long limit, int[] nextArc) {
        if (u == sink) {
            return limit;
        }
        for (; nextArc[u] != Graph.NONE; nextArc[u] = next[nextArc[u]]) {
            int a = nextArc[u];
            int v = to[a];
            if (capacity[a] > 0 && level[v] == level[u] + 1) {
                long pushed = dfs(v, sink, Math.min(limit, capacity[a]), nextArc);
                if (pushed > 0) {
                    capacity[a] -= pushed;
                    capacity[a ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    private void addArc(int u, int v, long cap) {
        if (arcs == to.length) {
            next = Arrays.copyOf(next, arcs * 2);
            to = Arrays.copyOf(to, arcs * 2);
            capacity = Arrays.copyOf(capacity, arcs * 2);
        }
        to[arcs] = v;
        capacity[arcs] = cap;
        next[arcs] = head[u];
        head[u] = arcs++;
    }

    private void check(int v) {
        if (v < 0 || v >= n) {
            throw new IndexOutOfBoundsException("Dinic: vertex " + v + " outside 0.." + (n - 1));
        }
    }
}
