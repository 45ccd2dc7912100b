package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components in one DFS. {@code index[v]} is v's discovery time and
 * {@code low[v]} the smallest index reachable from v's DFS subtree through at most one arc back into a
 * vertex still on the component stack. A vertex with {@code low[v] == index[v]} is the root of a component:
 * it and everything above it on the stack. Components come out in reverse topological order of the
 * condensation (a component is finished after those it reaches). Iterative, O(V + E).
 */
public final class TarjanScc {

    /** {@code component[v]} in 0..count-1, numbered in the order found (sinks of the condensation first). */
    public record Components(int count, int[] component) {
    }

    private TarjanScc() {
    }

    public static Components of(Graph g) {
        int n = g.vertexCount();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] sccStack = new int[n];
        int sccTop = 0;
        int[] dfsStack = new int[n];
        int[] nextArc = new int[n];
        int time = 0;
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (index[s] != -1) {
                continue;
            }
            int top = 0;
            dfsStack[top] = s;
            nextArc[top++] = g.firstArc(s);
            index[s] = low[s] = time++;
            sccStack[sccTop++] = s;
            onStack[s] = true;
            while (top > 0) {
                int u = dfsStack[top - 1];
                int a = nextArc[top - 1];
                if (a != Graph.NONE) {
                    nextArc[top - 1] = g.nextArc(a);
                    int v = g.arcTo(a);
                    if (index[v] == -1) {
                        index[v] = low[v] = time++;
                        sccStack[sccTop++] = v;
                        onStack[v] = true;
                        dfsStack[top] = v;
                        nextArc[top++] = g.firstArc(v);
                    } else if (onStack[v]) {
                        low[u] = Math.min(low[u], index[v]);
                    }
                    continue;
                }
                top--;   // u is finished
                if (low[u] == index[u]) {
                    int v;
                    do {
                        v = sccStack[--sccTop];
                        onStack[v] = false;
                        component[v] = count;
                    } while (v != u);
                    count++;
                }
                if (top > 0) {
                    int parent = dfsStack[top - 1];
                    low[parent] = Math.min(low[parent], low[u]);
                }
            }
        }
        return new Components(count, component);
    }
}
