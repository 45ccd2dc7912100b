package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * Depth-first search with an explicit stack (recursion would overflow the thread stack on a path of a
 * million vertices): go as deep as possible along unvisited arcs, back up when a vertex has none left.
 * The stack holds, for each vertex on the current path, the next arc still to try, so each arc is looked at
 * once: O(V + E). Gives the preorder, and on an undirected graph the connected components.
 */
public final class DepthFirstSearch {

    private DepthFirstSearch() {
    }

    /** The vertices reachable from source, in the order DFS first visits them. */
    public static int[] preorder(Graph g, int source) {
        g.checkVertex("DepthFirstSearch", source);
        boolean[] seen = new boolean[g.vertexCount()];
        int[] order = new int[g.vertexCount()];
        int count = visit(g, source, seen, order, 0, new int[g.vertexCount()]);
        return Arrays.copyOf(order, count);
    }

    /** {@code component[v]}: the number of v's connected component, numbered 0, 1, ... in order of their smallest vertex. */
    public static int[] connectedComponents(Graph g) {
        if (g.isDirected()) {
            throw new IllegalArgumentException("connectedComponents: the graph is directed; use TarjanScc for strongly connected components");
        }
        int n = g.vertexCount();
        boolean[] seen = new boolean[n];
        int[] order = new int[n];
        int[] component = new int[n];
        int[] nextArc = new int[n];
        int visited = 0;
        int label = 0;
        for (int s = 0; s < n; s++) {
            if (!seen[s]) {
                int before = visited;
                visited = visit(g, s, seen, order, visited, nextArc);
                for (int i = before; i < visited; i++) {
                    component[order[i]] = label;
                }
                label++;
            }
        }
        return component;
    }

    /**
     * Visits everything reachable from s not yet seen, appending to order from index count; returns the new
     * count. {@code nextArc} is the stack: entry i is the next arc to try from the i-th vertex of the path.
     */
    private static int visit(Graph g, int s, boolean[] seen, int[] order, int count, int[] nextArc) {
        int top = 0;
        seen[s] = true;
        order[count++] = s;
        nextArc[top++] = g.firstArc(s);
        while (top > 0) {
            int a = nextArc[top - 1];
            if (a == Graph.NONE) {
                top--;
                continue;
            }
            nextArc[top - 1] = g.nextArc(a);
            int v = g.arcTo(a);
            if (!seen[v]) {
                seen[v] = true;
                order[count++] = v;
                nextArc[top++] = g.firstArc(v);
            }
        }
        return count;
    }
}
