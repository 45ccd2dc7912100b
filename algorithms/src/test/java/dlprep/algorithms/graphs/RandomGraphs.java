package dlprep.algorithms.graphs;

import java.util.Random;

/** Seeded random graphs for the comparison tests. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    /** n vertices, m arcs (or edges) with weights in [minWeight, maxWeight]; loops and parallel edges allowed. */
    static Graph random(Random random, int n, int m, boolean directed, int minWeight, int maxWeight) {
        Graph g = directed ? Graph.directed(n) : Graph.undirected(n);
        for (int i = 0; i < m; i++) {
            g.addEdge(random.nextInt(n), random.nextInt(n), minWeight + random.nextInt(maxWeight - minWeight + 1));
        }
        return g;
    }
}
