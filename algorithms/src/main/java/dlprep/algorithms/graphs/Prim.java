package dlprep.algorithms.graphs;

import dlprep.algorithms.structures.BinaryHeap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prim's minimum spanning forest: grow one tree from a start vertex, always adding the lightest arc that
 * leaves it (the cut property again, with the cut around the tree); restart from an unreached vertex for the
 * next component. The candidate arcs wait in a binary heap, stale ones (into the tree already) are skipped
 * when popped. O(E log E) = O(E log V).
 */
public final class Prim {

    private Prim() {
    }

    public static SpanningTree minimumSpanningForest(Graph g) {
        if (g.isDirected()) {
            throw new IllegalArgumentException("Prim: the graph must be undirected");
        }
        int n = g.vertexCount();
        boolean[] inTree = new boolean[n];
        BinaryHeap<Integer> arcs = new BinaryHeap<>(Comparator.comparingLong(g::arcWeight));
        List<Integer> chosen = new ArrayList<>();
        long weight = 0;
        for (int start = 0; start < n; start++) {
            if (inTree[start]) {
                continue;
            }
            inTree[start] = true;
            pushArcs(g, start, inTree, arcs);
            while (!arcs.isEmpty()) {
                int a = arcs.pop();
                int v = g.arcTo(a);
                if (inTree[v]) {
                    continue;
                }
                inTree[v] = true;
                chosen.add(g.edgeOfArc(a));
                weight += g.arcWeight(a);
                pushArcs(g, v, inTree, arcs);
            }
        }
        return new SpanningTree(weight, chosen);
    }

    private static void pushArcs(Graph g, int u, boolean[] inTree, BinaryHeap<Integer> arcs) {
        for (int a = g.firstArc(u); a != Graph.NONE; a = g.nextArc(a)) {
            if (!inTree[g.arcTo(a)]) {
                arcs.push(a);
            }
        }
    }
}
