package dlprep.algorithms.graphs;

import java.util.Arrays;
import java.util.Optional;

/**
 * Bellman-Ford single-source shortest paths, negative weights allowed. After round k every vertex whose
 * shortest path has at most k arcs has its final distance, and a shortest path without a negative cycle has
 * at most V - 1 arcs; so V - 1 rounds of relaxing every arc suffice, and an arc that still relaxes in
 * round V proves a negative cycle reachable from the source. O(VE) (stopping early when a round changes
 * nothing).
 */
public final class BellmanFord {

    private BellmanFord() {
    }

    /** The shortest paths, or empty when a negative cycle is reachable from source (no shortest paths exist). */
    public static Optional<ShortestPaths> from(Graph g, int source) {
        g.checkVertex("BellmanFord", source);
        int n = g.vertexCount();
        long[] dist = new long[n];
        int[] parent = new int[n];
        Arrays.fill(dist, ShortestPaths.UNREACHABLE);
        Arrays.fill(parent, -1);
        dist[source] = 0;
        for (int round = 1; round <= n; round++) {
            boolean changed = false;
            for (int a = 0; a < g.arcCount(); a++) {
                int u = g.arcFrom(a);
                if (dist[u] == ShortestPaths.UNREACHABLE) {
                    continue;
                }
                long d = Math.addExact(dist[u], g.arcWeight(a));
                int v = g.arcTo(a);
                if (d < dist[v]) {
                    if (round == n) {
                        return Optional.empty();
                    }
                    dist[v] = d;
                    parent[v] = u;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return Optional.of(new ShortestPaths(source, dist, parent));
    }
}
