package dlprep.algorithms.graphs;

import dlprep.algorithms.structures.UnionFind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Kruskal's minimum spanning forest: take the edges from lightest to heaviest and keep an edge when it
 * joins two different components (union-find answers that in near O(1)). By the cut property, the lightest
 * edge across any cut belongs to some minimum spanning tree, and a kept edge is the lightest across the cut
 * around one of its components. O(E log E) for the sort.
 */
public final class Kruskal {

    private Kruskal() {
    }

    public static SpanningTree minimumSpanningForest(Graph g) {
        if (g.isDirected()) {
            throw new IllegalArgumentException("Kruskal: the graph must be undirected");
        }
        Integer[] edges = new Integer[g.edgeCount()];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = i;
        }
        Arrays.sort(edges, Comparator.comparingLong(i -> g.arcWeight(g.arcOfEdge(i))));
        UnionFind components = new UnionFind(g.vertexCount());
        List<Integer> chosen = new ArrayList<>();
        long weight = 0;
        for (int i : edges) {
            int a = g.arcOfEdge(i);
            if (components.union(g.arcFrom(a), g.arcTo(a))) {
                chosen.add(i);
                weight += g.arcWeight(a);
            }
        }
        return new SpanningTree(weight, chosen);
    }
}
