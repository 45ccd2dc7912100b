package dlprep.algorithms.graphs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BFS, DFS and topological sort. */
class TraversalTest {

    @Test
    void bfsGivesHopCountsAndAShortestPath() {
        // 0 - 1 - 2 - 3 and a shortcut 0 - 4 - 3
        Graph g = Graph.undirected(6).addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(0, 4).addEdge(4, 3);
        ShortestPaths p = BreadthFirstSearch.from(g, 0);
        assertEquals(2, p.distance()[3]);
        assertEquals(List.of(0, 4, 3), p.pathTo(3));
        assertFalse(p.reachable(5));
        assertEquals(List.of(), p.pathTo(5));
        assertEquals(List.of(0), p.pathTo(0));
    }

    @Test
    void dfsGoesDeepFirst() {
        // arcs are tried newest first: from 0, arc to 2 before arc to 1
        Graph g = Graph.directed(4).addEdge(0, 1).addEdge(0, 2).addEdge(2, 3);
        assertArrayEquals(new int[] {0, 2, 3, 1}, DepthFirstSearch.preorder(g, 0));
        assertArrayEquals(new int[] {3}, DepthFirstSearch.preorder(g, 3));
    }

    @Test
    void connectedComponentsAreNumberedBySmallestVertex() {
        Graph g = Graph.undirected(6).addEdge(0, 3).addEdge(1, 4).addEdge(4, 5);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 1}, DepthFirstSearch.connectedComponents(g));
        assertThrows(IllegalArgumentException.class, () -> DepthFirstSearch.connectedComponents(Graph.directed(1)));
    }

    @Test
    void dfsOnALongPathDoesNotOverflowTheStack() {
        int n = 200_000;
        Graph g = Graph.directed(n);
        for (int i = 0; i + 1 < n; i++) {
            g.addEdge(i, i + 1);
        }
        assertEquals(n, DepthFirstSearch.preorder(g, 0).length);
        assertTrue(TopologicalSort.sort(g).isAcyclic());
    }

    @Test
    void topologicalOrderOfCourseSchedule() {
        // LeetCode 210: 4 courses, prerequisites 1 <- 0, 2 <- 0, 3 <- 1, 3 <- 2
        Graph g = Graph.directed(4).addEdge(0, 1).addEdge(0, 2).addEdge(1, 3).addEdge(2, 3);
        TopologicalSort.Result r = TopologicalSort.sort(g);
        assertTrue(r.isAcyclic());
        assertRespectsArcs(g, r.order());
        assertNull(r.cycle());
    }

    @Test
    void aCycleIsReportedWithItsVertices() {
        Graph g = Graph.directed(5).addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 1).addEdge(3, 4);
        TopologicalSort.Result r = TopologicalSort.sort(g);
        assertFalse(r.isAcyclic());
        assertEquals(List.of(1, 2, 3), r.cycle());
        assertEquals(List.of(0), TopologicalSort.sort(Graph.directed(1).addEdge(0, 0)).cycle());   // a self-loop
    }

    @Test
    void randomDagsAreOrderedAndAddingABackArcMakesACycle() {
        Random random = new Random(15);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(20);
            Graph g = Graph.directed(n);
            for (int e = 0; e < 2 * n; e++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                if (u < v) {
                    g.addEdge(u, v);
                }
            }
            TopologicalSort.Result r = TopologicalSort.sort(g);
            assertEquals(n, r.order().size());
            assertRespectsArcs(g, r.order());
            if (n >= 2) {
                g.addEdge(n - 1, 0);
                g.addEdge(0, n - 1);
                List<Integer> cycle = TopologicalSort.sort(g).cycle();
                for (int i = 0; i < cycle.size(); i++) {
                    assertTrue(hasArc(g, cycle.get(i), cycle.get((i + 1) % cycle.size())), "cycle " + cycle);
                }
            }
        }
    }

    private static void assertRespectsArcs(Graph g, List<Integer> order) {
        int[] position = new int[g.vertexCount()];
        for (int i = 0; i < order.size(); i++) {
            position[order.get(i)] = i;
        }
        for (int a = 0; a < g.arcCount(); a++) {
            assertTrue(position[g.arcFrom(a)] < position[g.arcTo(a)], "arc " + g.arcFrom(a) + " -> " + g.arcTo(a));
        }
    }

    private static boolean hasArc(Graph g, int u, int v) {
        for (int a = g.firstArc(u); a != Graph.NONE; a = g.nextArc(a)) {
            if (g.arcTo(a) == v) {
                return true;
            }
        }
        return false;
    }
}
