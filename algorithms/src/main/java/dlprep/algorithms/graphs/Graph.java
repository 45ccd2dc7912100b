package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * A weighted graph on vertices 0..n-1 stored as a "linked forward star" (链式前向星): the arcs are numbered,
 * {@code head[u]} is u's most recently added arc and {@code next[a]} the arc added before it from the same
 * vertex. Three int arrays and one long array instead of a list object per vertex, so a graph of millions of
 * edges stays compact, and neighbours are visited in O(deg). An undirected edge i is stored as the two arcs
 * 2i (u to v) and 2i + 1 (v to u).
 *
 * <pre>{@code for (int a = g.firstArc(u); a != Graph.NONE; a = g.nextArc(a)) { g.arcTo(a); g.arcWeight(a); }}</pre>
 */
public final class Graph {

    /** The end of an arc list. */
    public static final int NONE = -1;

    private final int n;
    private final boolean directed;
    private final int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] from = new int[16];
    private long[] weight = new long[16];
    private int arcs;

    private Graph(int n, boolean directed) {
        if (n < 0) {
            throw new IllegalArgumentException("Graph: vertex count must be >= 0, got " + n);
        }
        this.n = n;
        this.directed = directed;
        head = new int[n];
        Arrays.fill(head, NONE);
    }

    public static Graph directed(int n) {
        return new Graph(n, true);
    }

    public static Graph undirected(int n) {
        return new Graph(n, false);
    }

    /** Adds an edge of weight 1. */
    public Graph addEdge(int u, int v) {
        return addEdge(u, v, 1);
    }

    /** Adds the edge u -> v (and v -> u when undirected) with the given weight. */
    public Graph addEdge(int u, int v, long w) {
        checkVertex("addEdge", u);
        checkVertex("addEdge", v);
        addArc(u, v, w);
        if (!directed) {
            addArc(v, u, w);
        }
        return this;
    }

    private void addArc(int u, int v, long w) {
        if (arcs == to.length) {
            int cap = arcs * 2;
            next = Arrays.copyOf(next, cap);
            to = Arrays.copyOf(to, cap);
            from = Arrays.copyOf(from, cap);
            weight = Arrays.copyOf(weight, cap);
        }
        from[arcs] = u;
        to[arcs] = v;
        weight[arcs] = w;
        next[arcs] = head[u];
        head[u] = arcs++;
    }

    public int vertexCount() {
        return n;
    }

    public boolean isDirected() {
        return directed;
    }

    /** The number of edges added (an undirected edge counts once). */
    public int edgeCount() {
        return directed ? arcs : arcs / 2;
    }

    /** The number of arcs (an undirected edge counts twice). */
    public int arcCount() {
        return arcs;
    }

    /** The arc that stores edge i in the direction it was added. */
    public int arcOfEdge(int i) {
        if (i < 0 || i >= edgeCount()) {
            throw new IndexOutOfBoundsException("Graph: edge " + i + " outside 0.." + (edgeCount() - 1));
        }
        return directed ? i : 2 * i;
    }

    /** The edge an arc belongs to. */
    public int edgeOfArc(int arc) {
        return directed ? arc : arc / 2;
    }

    public int firstArc(int u) {
        return head[u];
    }

    public int nextArc(int arc) {
        return next[arc];
    }

    public int arcFrom(int arc) {
        return from[arc];
    }

    public int arcTo(int arc) {
        return to[arc];
    }

    public long arcWeight(int arc) {
        return weight[arc];
    }

    /** The out-degree of u (its degree when undirected). */
    public int degree(int u) {
        checkVertex("degree", u);
        int d = 0;
        for (int a = head[u]; a != NONE; a = next[a]) {
            d++;
        }
        return d;
    }

    void checkVertex(String op, int v) {
        if (v < 0 || v >= n) {
            throw new IndexOutOfBoundsException(op + ": vertex " + v + " outside 0.." + (n - 1));
        }
    }
}
