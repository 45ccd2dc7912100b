package dlprep.algorithms.graphs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Topological sort with cycle detection, by iterative DFS with three colours: white (unvisited), grey (on
 * the current path), black (finished). A vertex is appended when it finishes, after everything reachable
 * from it, so the reversed finishing order puts every arc u -> v with u first. An arc into a grey vertex
 * closes a cycle, which the parent links of the path give back. O(V + E).
 */
public final class TopologicalSort {

    /** Either an order (the graph is a DAG) or one directed cycle, first vertex not repeated; the other is null. */
    public record Result(List<Integer> order, List<Integer> cycle) {
        public boolean isAcyclic() {
            return order != null;
        }
    }

    private static final byte WHITE = 0;
    private static final byte GREY = 1;
    private static final byte BLACK = 2;

    private TopologicalSort() {
    }

    public static Result sort(Graph g) {
        if (!g.isDirected()) {
            throw new IllegalArgumentException("TopologicalSort: the graph must be directed");
        }
        int n = g.vertexCount();
        byte[] colour = new byte[n];
        int[] parent = new int[n];
        int[] stack = new int[n];
        int[] nextArc = new int[n];
        List<Integer> finished = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            if (colour[s] != WHITE) {
                continue;
            }
            int top = 0;
            colour[s] = GREY;
            parent[s] = -1;
            stack[top] = s;
            nextArc[top++] = g.firstArc(s);
            while (top > 0) {
                int u = stack[top - 1];
                int a = nextArc[top - 1];
                if (a == Graph.NONE) {
                    colour[u] = BLACK;
                    finished.add(u);
                    top--;
                    continue;
                }
                nextArc[top - 1] = g.nextArc(a);
                int v = g.arcTo(a);
                if (colour[v] == GREY) {
                    return new Result(null, cycle(parent, u, v));
                }
                if (colour[v] == WHITE) {
                    colour[v] = GREY;
                    parent[v] = u;
                    stack[top] = v;
                    nextArc[top++] = g.firstArc(v);
                }
            }
        }
        Collections.reverse(finished);
        return new Result(finished, null);
    }

    /** The cycle v -> ... -> u -> v closed by the arc u -> v, v grey on u's path. */
    private static List<Integer> cycle(int[] parent, int u, int v) {
        List<Integer> cycle = new ArrayList<>();
        for (int x = u; x != v; x = parent[x]) {
            cycle.add(x);
        }
        cycle.add(v);
        Collections.reverse(cycle);
        return cycle;
    }
}
