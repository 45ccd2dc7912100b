package dlprep.algorithms.graphs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dijkstra, Bellman-Ford and Floyd-Warshall, by hand and against each other. */
class ShortestPathsTest {

    /** CLRS's Dijkstra example (Figure 24.6): s=0, t=1, x=2, y=3, z=4. */
    private static Graph clrs() {
        return Graph.directed(5)
                .addEdge(0, 1, 10).addEdge(0, 3, 5).addEdge(1, 2, 1).addEdge(1, 3, 2).addEdge(2, 4, 4)
                .addEdge(3, 1, 3).addEdge(3, 2, 9).addEdge(3, 4, 2).addEdge(4, 0, 7).addEdge(4, 2, 6);
    }

    @Test
    void dijkstraOnTheClrsExample() {
        ShortestPaths p = Dijkstra.from(clrs(), 0);
        // final distances in the figure: s 0, t 8, x 9, y 5, z 7
        assertArrayEquals(new long[] {0, 8, 9, 5, 7}, p.distance());
        assertEquals(List.of(0, 3, 1, 2), p.pathTo(2));   // s -> y -> t -> x: 5 + 3 + 1
    }

    @Test
    void dijkstraRejectsNegativeWeights() {
        Graph g = Graph.directed(2).addEdge(0, 1, -1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dijkstra.from(g, 0));
        assertTrue(e.getMessage().contains("negative weight -1"), e.getMessage());
    }

    @Test
    void bellmanFordHandlesNegativeArcsAndDetectsNegativeCycles() {
        // 0 -> 1 (4), 0 -> 2 (5), 2 -> 1 (-3): the detour is shorter
        Graph g = Graph.directed(3).addEdge(0, 1, 4).addEdge(0, 2, 5).addEdge(2, 1, -3);
        assertArrayEquals(new long[] {0, 2, 5}, BellmanFord.from(g, 0).orElseThrow().distance());
        Graph cycle = Graph.directed(3).addEdge(0, 1, 1).addEdge(1, 2, -2).addEdge(2, 1, 1);
        assertEquals(Optional.empty(), BellmanFord.from(cycle, 0));
        assertEquals(Optional.empty(), BellmanFord.from(cycle, 2));   // 2 is on the cycle itself
        // the same cycle out of the source's reach does not matter
        Graph unreachable = Graph.directed(3).addEdge(1, 2, -2).addEdge(2, 1, 1);
        assertTrue(BellmanFord.from(unreachable, 0).isPresent());
    }

    @Test
    void floydWarshallDetectsNegativeCycles() {
        assertFalse(FloydWarshall.hasNegativeCycle(FloydWarshall.allPairs(clrs())));
        Graph cycle = Graph.directed(2).addEdge(0, 1, 1).addEdge(1, 0, -2);
        assertTrue(FloydWarshall.hasNegativeCycle(FloydWarshall.allPairs(cycle)));
    }

    @Test
    void allThreeAgreeOnRandomGraphs() {
        Random random = new Random(16);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(12);
            Graph g = RandomGraphs.random(random, n, random.nextInt(4 * n), random.nextBoolean(), 0, 20);
            long[][] all = FloydWarshall.allPairs(g);
            for (int s = 0; s < n; s++) {
                ShortestPaths d = Dijkstra.from(g, s);
                assertArrayEquals(all[s], d.distance());
                assertArrayEquals(all[s], BellmanFord.from(g, s).orElseThrow().distance());
                for (int v = 0; v < n; v++) {
                    if (d.reachable(v)) {
                        assertEquals(d.distance()[v], pathWeight(g, d.pathTo(v)));
                    }
                }
            }
        }
    }

    @Test
    void bellmanFordAgreesWithFloydWithNegativeArcsOnDags() {
        Random random = new Random(17);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(10);
            Graph g = Graph.directed(n);
            for (int e = 0; e < 3 * n; e++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                if (u < v) {   // arcs only forward: no cycles, so negative weights are fine
                    g.addEdge(u, v, random.nextInt(21) - 10);
                }
            }
            long[][] all = FloydWarshall.allPairs(g);
            for (int s = 0; s < n; s++) {
                assertArrayEquals(all[s], BellmanFord.from(g, s).orElseThrow().distance());
            }
        }
    }

    private static long pathWeight(Graph g, List<Integer> path) {
        long w = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            long best = Long.MAX_VALUE;
            for (int a = g.firstArc(path.get(i)); a != Graph.NONE; a = g.nextArc(a)) {
                if (g.arcTo(a) == path.get(i + 1)) {
                    best = Math.min(best, g.arcWeight(a));
                }
            }
            w += best;
        }
        return w;
    }
}
