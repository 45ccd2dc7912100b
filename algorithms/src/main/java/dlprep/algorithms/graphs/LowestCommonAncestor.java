package dlprep.algorithms.graphs;

/**
 * Lowest common ancestors in a rooted tree by binary lifting. {@code up[k][v]} is v's 2^k-th ancestor,
 * {@code up[k][v] = up[k-1][up[k-1][v]]}: O(n log n) to build. A query lifts the deeper vertex to the other's
 * depth (the difference in binary), then lifts both by decreasing powers of two whenever their ancestors
 * still differ; they end as children of the LCA. O(log n) per query.
 */
public final class LowestCommonAncestor {

    private final int[][] up;
    private final int[] depth;

    /** The tree is an undirected graph with n - 1 edges connecting all n vertices, rooted at root. */
    public LowestCommonAncestor(Graph tree, int root) {
        int n = tree.vertexCount();
        tree.checkVertex("LowestCommonAncestor", root);
        if (tree.isDirected() || tree.edgeCount() != n - 1) {
            throw new IllegalArgumentException("LowestCommonAncestor: needs an undirected tree (n - 1 = " + (n - 1)
                    + " edges), got " + (tree.isDirected() ? "a directed graph" : tree.edgeCount() + " edges"));
        }
        int levels = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        up = new int[levels][n];
        depth = new int[n];
        ShortestPaths bfs = BreadthFirstSearch.from(tree, root);
        for (int v = 0; v < n; v++) {
            if (!bfs.reachable(v)) {
                throw new IllegalArgumentException("LowestCommonAncestor: vertex " + v + " is not connected to the root " + root);
            }
            depth[v] = (int) bfs.distance()[v];
            up[0][v] = v == root ? root : bfs.parent()[v];
        }
        for (int k = 1; k < levels; k++) {
            for (int v = 0; v < n; v++) {
                up[k][v] = up[k - 1][up[k - 1][v]];
            }
        }
    }

    public int depth(int v) {
        return depth[v];
    }

    public int lca(int u, int v) {
        if (u < 0 || u >= depth.length || v < 0 || v >= depth.length) {
            throw new IndexOutOfBoundsException("LowestCommonAncestor.lca: vertices " + u + ", " + v
                    + " must be in 0.." + (depth.length - 1));
        }
        if (depth[u] < depth[v]) {
            int t = u;
            u = v;
            v = t;
        }
        int diff = depth[u] - depth[v];
        for (int k = 0; diff > 0; k++, diff >>= 1) {
            if ((diff & 1) == 1) {
                u = up[k][u];
            }
        }
        if (u == v) {
            return u;
        }
        for (int k = up.length - 1; k >= 0; k--) {
            if (up[k][u] != up[k][v]) {
                u = up[k][u];
                v = up[k][v];
            }
        }
        return up[0][u];
    }
}
