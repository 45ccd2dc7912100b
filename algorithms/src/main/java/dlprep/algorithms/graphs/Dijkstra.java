package dlprep.algorithms.graphs;

import dlprep.algorithms.structures.BinaryHeap;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Dijkstra's single-source shortest paths for non-negative weights, with a binary heap. Invariant: when a
 * vertex is popped with its current distance, that distance is final, because every other route leaves the
 * settled set through a vertex at least as far and weights cannot make it shorter (with a negative weight
 * the argument fails, hence the check). The heap has no decrease-key; an improved distance is pushed as a
 * new entry and stale entries are skipped when popped ("lazy deletion"). O((V + E) log V).
 */
public final class Dijkstra {

    private record Entry(long distance, int vertex) {
    }

    private static final Comparator<Entry> BY_DISTANCE = Comparator.comparingLong(Entry::distance);

    private Dijkstra() {
    }

    public static ShortestPaths from(Graph g, int source) {
        g.checkVertex("Dijkstra", source);
        for (int a = 0; a < g.arcCount(); a++) {
            if (g.arcWeight(a) < 0) {
                throw new IllegalArgumentException("Dijkstra: arc " + g.arcFrom(a) + " -> " + g.arcTo(a)
                        + " has negative weight " + g.arcWeight(a) + "; use BellmanFord");
            }
        }
        int n = g.vertexCount();
        long[] dist = new long[n];
        int[] parent = new int[n];
        Arrays.fill(dist, ShortestPaths.UNREACHABLE);
        Arrays.fill(parent, -1);
        dist[source] = 0;
        BinaryHeap<Entry> heap = new BinaryHeap<>(BY_DISTANCE);
        heap.push(new Entry(0, source));
        while (!heap.isEmpty()) {
            Entry e = heap.pop();
            int u = e.vertex();
            if (e.distance() != dist[u]) {
                continue;   // stale: u was settled with a shorter distance already
            }
            for (int a = g.firstArc(u); a != Graph.NONE; a = g.nextArc(a)) {
                int v = g.arcTo(a);
                long d = Math.addExact(dist[u], g.arcWeight(a));
                if (d < dist[v]) {
                    dist[v] = d;
                    parent[v] = u;
                    heap.push(new Entry(d, v));
                }
            }
        }
        return new ShortestPaths(source, dist, parent);
    }
}
