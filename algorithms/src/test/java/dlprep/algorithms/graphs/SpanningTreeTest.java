package dlprep.algorithms.graphs;

import dlprep.algorithms.structures.UnionFind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Kruskal and Prim, by hand, against each other and against trying every edge subset. */
class SpanningTreeTest {

    @Test
    void squareWithADiagonal() {
        // edges (0,1,1) (1,2,2) (2,3,3) (3,0,4) (0,2,2): take 0-1 (1), 1-2 (2); 0-2 (2) would close 0-1-2;
        // then 2-3 (3): weight 1 + 2 + 3 = 6
        Graph g = Graph.undirected(4).addEdge(0, 1, 1).addEdge(1, 2, 2).addEdge(2, 3, 3).addEdge(3, 0, 4).addEdge(0, 2, 2);
        assertEquals(6, Kruskal.minimumSpanningForest(g).weight());
        assertEquals(6, Prim.minimumSpanningForest(g).weight());
        assertEquals(3, Kruskal.minimumSpanningForest(g).edges().size());
    }

    @Test
    void disconnectedGraphGivesAForest() {
        Graph g = Graph.undirected(4).addEdge(0, 1, 5).addEdge(2, 3, 7);
        assertEquals(new SpanningTree(12, List.of(0, 1)), Kruskal.minimumSpanningForest(g));
        assertEquals(12, Prim.minimumSpanningForest(g).weight());
        assertEquals(0, Kruskal.minimumSpanningForest(Graph.undirected(0)).weight());
    }

    @Test
    void randomGraphsAgreeWithExhaustiveSearch() {
        Random random = new Random(18);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(6);
            Graph g = RandomGraphs.random(random, n, random.nextInt(9), false, -5, 10);
            SpanningTree k = Kruskal.minimumSpanningForest(g);
            SpanningTree p = Prim.minimumSpanningForest(g);
            long best = exhaustiveMinimumForest(g, n - components(g));
            assertEquals(best, k.weight());
            assertEquals(best, p.weight());
            assertEquals(k.edges().size(), p.edges().size());
        }
    }

    @Test
    void directedGraphsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Kruskal.minimumSpanningForest(Graph.directed(2)));
        assertThrows(IllegalArgumentException.class, () -> Prim.minimumSpanningForest(Graph.directed(2)));
    }

    private static int components(Graph g) {
        UnionFind uf = new UnionFind(g.vertexCount());
        for (int i = 0; i < g.edgeCount(); i++) {
            int a = g.arcOfEdge(i);
            uf.union(g.arcFrom(a), g.arcTo(a));
        }
        return uf.components();
    }

    /** The lightest acyclic subset of exactly {@code size} edges, over all 2^E subsets. */
    private static long exhaustiveMinimumForest(Graph g, int size) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << g.edgeCount(); mask++) {
            if (Integer.bitCount(mask) != size) {
                continue;
            }
            UnionFind uf = new UnionFind(g.vertexCount());
            long w = 0;
            boolean acyclic = true;
            for (int i = 0; i < g.edgeCount() && acyclic; i++) {
                if ((mask >> i & 1) == 1) {
                    int a = g.arcOfEdge(i);
                    acyclic = uf.union(g.arcFrom(a), g.arcTo(a));
                    w += g.arcWeight(a);
                }
            }
            if (acyclic) {
                best = Math.min(best, w);
            }
        }
        return best;
    }
}
