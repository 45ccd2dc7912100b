package dlprep.algorithms.graphs;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dinic's max flow and Hopcroft-Karp matching: by hand and against each other. */
class FlowAndMatchingTest {

    @Test
    void maxFlowOfTheClrsNetwork() {
        // CLRS Figure 26.1: s=0, v1..v4 = 1..4, t=5; maximum flow 23 (the minimum cut {s, v1, v2, v4}: 12 + 7 + 4)
        Dinic d = new Dinic(6)
                .addEdge(0, 1, 16).addEdge(0, 2, 13).addEdge(1, 3, 12).addEdge(2, 1, 4).addEdge(2, 4, 14)
                .addEdge(3, 2, 9).addEdge(3, 5, 20).addEdge(4, 3, 7).addEdge(4, 5, 4);
        assertEquals(23, d.maxFlow(0, 5));
        assertTrue(d.onSourceSide(0));
        assertTrue(d.onSourceSide(1));
        assertTrue(d.onSourceSide(2));
        assertTrue(d.onSourceSide(4));
        assertFalse(d.onSourceSide(3));
        assertFalse(d.onSourceSide(5));
    }

    @Test
    void disconnectedSinkGetsNoFlow() {
        assertEquals(0, new Dinic(3).addEdge(0, 1, 5).maxFlow(0, 2));
    }

    @Test
    void matchingOfASmallJobAssignment() {
        // workers 0..2, jobs 0..2: 0 can do {0, 1}, 1 only {0}, 2 only {0}: two of them compete for job 0
        BipartiteMatching m = new BipartiteMatching(3, 3).addEdge(0, 0).addEdge(0, 1).addEdge(1, 0).addEdge(2, 0);
        assertEquals(2, m.maximumMatchingSize());
        int[] match = m.maximumMatching();
        assertEquals(1, match[0]);   // worker 0 must take job 1 so that job 0 goes to 1 or 2
        assertEquals(0, new BipartiteMatching(0, 4).maximumMatchingSize());
    }

    @Test
    void matchingEqualsUnitCapacityMaxFlowOnRandomGraphs() {
        Random random = new Random(21);
        for (int t = 0; t < 200; t++) {
            int left = random.nextInt(9);
            int right = random.nextInt(9);
            BipartiteMatching m = new BipartiteMatching(left, right);
            Dinic flow = new Dinic(left + right + 2);
            int source = left + right;
            int sink = source + 1;
            for (int l = 0; l < left; l++) {
                flow.addEdge(source, l, 1);
            }
            for (int r = 0; r < right; r++) {
                flow.addEdge(left + r, sink, 1);
            }
            int edges = left * right == 0 ? 0 : random.nextInt(left * right + 1);
            for (int e = 0; e < edges; e++) {
                int l = random.nextInt(left);
                int r = random.nextInt(right);
                m.addEdge(l, r);
                flow.addEdge(l, left + r, 1);
            }
            int[] match = m.maximumMatching();
            boolean[] used = new boolean[right];
            int size = 0;
            for (int r : match) {
                if (r >= 0) {
                    assertFalse(used[r], "right vertex matched twice");
                    used[r] = true;
                    size++;
                }
            }
            assertEquals(flow.maxFlow(source, sink), size);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Dinic(2).addEdge(0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Dinic(2).maxFlow(1, 1));
        assertThrows(IllegalStateException.class, () -> new Dinic(2).onSourceSide(0));
        assertThrows(IndexOutOfBoundsException.class, () -> new BipartiteMatching(1, 1).addEdge(0, 1));
    }
}
