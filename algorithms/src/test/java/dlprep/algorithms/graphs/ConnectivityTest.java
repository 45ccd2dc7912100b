package dlprep.algorithms.graphs;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tarjan's SCC and the LCA, against reachability and parent walking. */
class ConnectivityTest {

    @Test
    void sccOfTheClrsExample() {
        // CLRS Figure 22.9 (a..h = 0..7): components {a,b,e}, {c,d}, {f,g}, {h}
        Graph g = Graph.directed(8)
                .addEdge(0, 1).addEdge(1, 2).addEdge(1, 4).addEdge(1, 5).addEdge(2, 3).addEdge(2, 6).addEdge(3, 2)
                .addEdge(3, 7).addEdge(4, 0).addEdge(4, 5).addEdge(5, 6).addEdge(6, 5).addEdge(6, 7).addEdge(7, 7);
        TarjanScc.Components c = TarjanScc.of(g);
        assertEquals(4, c.count());
        int[] id = c.component();
        assertEquals(id[0], id[1]);
        assertEquals(id[0], id[4]);
        assertEquals(id[2], id[3]);
        assertEquals(id[5], id[6]);
        assertEquals(0, id[7]);   // {h} is a sink of the condensation: found first
    }

    @Test
    void sccAgreesWithMutualReachability() {
        Random random = new Random(19);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(15);
            Graph g = RandomGraphs.random(random, n, random.nextInt(3 * n), true, 1, 1);
            long[][] d = FloydWarshall.allPairs(g);
            int[] id = TarjanScc.of(g).component();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    boolean mutual = d[u][v] != ShortestPaths.UNREACHABLE && d[v][u] != ShortestPaths.UNREACHABLE;
                    assertEquals(mutual, id[u] == id[v]);
                    if (d[u][v] != ShortestPaths.UNREACHABLE && !mutual) {
                        assertTrue(id[u] > id[v], "reverse topological numbering: " + u + " reaches " + v);
                    }
                }
            }
        }
    }

    @Test
    void lcaOfASmallTree() {
        //        0
        //      1   2
        //     3 4   5
        //       6
        Graph tree = Graph.undirected(7).addEdge(0, 1).addEdge(0, 2).addEdge(1, 3).addEdge(1, 4).addEdge(2, 5).addEdge(4, 6);
        LowestCommonAncestor lca = new LowestCommonAncestor(tree, 0);
        assertEquals(1, lca.lca(3, 6));
        assertEquals(0, lca.lca(6, 5));
        assertEquals(4, lca.lca(4, 6));
        assertEquals(2, lca.lca(2, 2));
        assertEquals(3, lca.depth(6));
    }

    @Test
    void lcaAgreesWithWalkingUpOnRandomTrees() {
        Random random = new Random(20);
        for (int t = 0; t < 50; t++) {
            int n = 1 + random.nextInt(60);
            int[] parent = new int[n];
            Graph tree = Graph.undirected(n);
            for (int v = 1; v < n; v++) {
                parent[v] = random.nextInt(v);
                tree.addEdge(v, parent[v]);
            }
            LowestCommonAncestor lca = new LowestCommonAncestor(tree, 0);
            for (int q = 0; q < 50; q++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                assertEquals(naiveLca(parent, u, v), lca.lca(u, v));
            }
        }
    }

    @Test
    void lcaRejectsNonTrees() {
        assertThrows(IllegalArgumentException.class,
                () -> new LowestCommonAncestor(Graph.undirected(3).addEdge(0, 1).addEdge(1, 0), 0));   // 2 unreached
        assertThrows(IllegalArgumentException.class, () -> new LowestCommonAncestor(Graph.undirected(2), 0));
    }

    /** Marks all ancestors of u (root 0, parent[v] < v), then walks up from v to the first marked one. */
    private static int naiveLca(int[] parent, int u, int v) {
        boolean[] ancestor = new boolean[parent.length];
        for (int x = u; ; x = parent[x]) {
            ancestor[x] = true;
            if (x == 0) {
                break;
            }
        }
        int x = v;
        while (!ancestor[x]) {
            x = parent[x];
        }
        return x;
    }
}
