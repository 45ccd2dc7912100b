package dlprep.algorithms.graphs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraphTest {

    @Test
    void undirectedEdgeIsTwoArcsAndNeighboursComeNewestFirst() {
        Graph g = Graph.undirected(3).addEdge(0, 1, 5).addEdge(0, 2, 7);
        assertEquals(2, g.edgeCount());
        assertEquals(4, g.arcCount());
        List<Integer> neighbours = new ArrayList<>();
        for (int a = g.firstArc(0); a != Graph.NONE; a = g.nextArc(a)) {
            neighbours.add(g.arcTo(a));
        }
        assertEquals(List.of(2, 1), neighbours);
        assertEquals(1, g.edgeOfArc(3));
        assertEquals(7, g.arcWeight(g.arcOfEdge(1)));
        assertEquals(2, g.degree(0));
    }

    @Test
    void growsPastItsInitialCapacity() {
        Graph g = Graph.directed(2);
        for (int i = 0; i < 100; i++) {
            g.addEdge(0, 1, i);
        }
        assertEquals(100, g.degree(0));
        assertEquals(0, g.degree(1));
    }

    @Test
    void badVerticesAreRejected() {
        Graph g = Graph.directed(2);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> g.addEdge(0, 2));
        assertEquals("addEdge: vertex 2 outside 0..1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Graph.undirected(-1));
    }
}
