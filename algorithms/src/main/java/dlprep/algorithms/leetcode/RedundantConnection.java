package dlprep.algorithms.leetcode;

/**
 * Redundant Connection: a tree on nodes 1..n got one extra edge; return an edge whose removal leaves a
 * tree, the one that comes last in the input if several do.
 *
 * <p>Approach: union-find over the edges in input order (inline, with path halving). The first edge whose
 * two ends are already connected closes the only cycle; every other edge of that cycle came before it, so
 * it is the last cycle edge in input order, the one asked for.
 *
 * <p>Complexity: O(n alpha(n)) time (near linear), O(n) space; removing each edge and testing connectivity
 * is O(n^2).
 *
 * <p>Pitfall: the tie-break. The problem asks for the last removable edge, not any cycle edge; it falls
 * out of processing edges in order, but only because there is exactly one cycle. Nodes are 1-based, so
 * the parent array has n + 1 slots.
 */
public final class RedundantConnection {

    private RedundantConnection() {
    }

    public static int[] findRedundantConnection(int[][] edges) {
        int n = edges.length;
        int[] parent = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
        }
        for (int[] edge : edges) {
            for (int node : edge) {
                if (node < 1 || node > n) {
                    throw new IllegalArgumentException("findRedundantConnection: node " + node + " is outside 1.." + n);
                }
            }
            int a = find(parent, edge[0]);
            int b = find(parent, edge[1]);
            if (a == b) {
                return edge.clone();
            }
            parent[a] = b;
        }
        // n edges on nodes 1..n always close a cycle, so only the empty input gets here
        throw new IllegalArgumentException("findRedundantConnection: no edges; expected a tree plus one edge");
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
