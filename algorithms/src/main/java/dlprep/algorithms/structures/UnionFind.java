package dlprep.algorithms.structures;

/**
 * Union-find (disjoint set union) with union by rank and path compression. Each set is a tree whose root
 * is its representative; rank bounds the tree's height, and attaching the lower tree under the higher keeps
 * heights logarithmic; {@code find} then hangs every node it passes directly on the root. Together the
 * amortized cost per operation is O(alpha(n)), the inverse Ackermann function (at most 4 for any real n).
 */
public final class UnionFind {

    private final int[] parent;
    private final byte[] rank;
    private final int[] size;
    private int components;

    /** n singletons 0..n-1. */
    public UnionFind(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("UnionFind: size must be >= 0, got " + n);
        }
        parent = new int[n];
        rank = new byte[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        components = n;
    }

    /** The representative of x's set. */
    public int find(int x) {
        check(x);
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {   // second pass: path compression
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    /** Merges the sets of a and b; false if they were already one set. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (rank[ra] < rank[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (rank[ra] == rank[rb]) {
            rank[ra]++;
        }
        components--;
        return true;
    }

    public boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    /** The number of elements in x's set. */
    public int setSize(int x) {
        return size[find(x)];
    }

    /** The number of disjoint sets. */
    public int components() {
        return components;
    }

    private void check(int x) {
        if (x < 0 || x >= parent.length) {
            throw new IndexOutOfBoundsException("UnionFind: element " + x + " outside 0.." + (parent.length - 1));
        }
    }
}
