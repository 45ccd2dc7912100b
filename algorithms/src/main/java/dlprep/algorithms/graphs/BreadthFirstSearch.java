package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * Breadth-first search: visit vertices in order of their number of edges from the source, with a FIFO
 * queue. A vertex is marked when it is enqueued (not when dequeued), so it enters the queue once; the queue
 * always holds vertices of at most two consecutive distances, which is why the first time a vertex is
 * reached is along a shortest path in an unweighted graph. O(V + E).
 */
public final class BreadthFirstSearch {

    private BreadthFirstSearch() {
    }

    /** Hop counts from source (weights are ignored). */
    public static ShortestPaths from(Graph g, int source) {
        g.checkVertex("BreadthFirstSearch", source);
        int n = g.vertexCount();
        long[] dist = new long[n];
        int[] parent = new int[n];
        Arrays.fill(dist, ShortestPaths.UNREACHABLE);
        Arrays.fill(parent, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        dist[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int a = g.firstArc(u); a != Graph.NONE; a = g.nextArc(a)) {
                int v = g.arcTo(a);
                if (dist[v] == ShortestPaths.UNREACHABLE) {
                    dist[v] = dist[u] + 1;
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        return new ShortestPaths(source, dist, parent);
    }
}
