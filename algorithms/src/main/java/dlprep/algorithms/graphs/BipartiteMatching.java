package dlprep.algorithms.graphs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum bipartite matching by Hopcroft-Karp. A matching is maximum exactly when no augmenting path
 * (free left vertex, alternating unmatched and matched edges, free right vertex) exists (Berge). Each phase
 * runs one BFS from all free left vertices to layer the graph by the length of the shortest augmenting
 * paths, then DFS finds a maximal set of disjoint shortest augmenting paths and flips them all. There are
 * O(sqrt V) phases, so O(E sqrt V) in all.
 */
public final class BipartiteMatching {

    private static final int FREE = -1;
    private static final int INF = Integer.MAX_VALUE;

    private final int left;
    private final int right;
    private final List<List<Integer>> adjacency = new ArrayList<>();

    /** A bipartite graph with left vertices 0..left-1 and right vertices 0..right-1. */
    public BipartiteMatching(int left, int right) {
        if (left < 0 || right < 0) {
            throw new IllegalArgumentException("BipartiteMatching: sides must be >= 0, got " + left + " and " + right);
        }
        this.left = left;
        this.right = right;
        for (int i = 0; i < left; i++) {
            adjacency.add(new ArrayList<>());
        }
    }

    public BipartiteMatching addEdge(int l, int r) {
        if (l < 0 || l >= left || r < 0 || r >= right) {
            throw new IndexOutOfBoundsException("BipartiteMatching.addEdge: (" + l + ", " + r + ") outside "
                    + left + " left x " + right + " right vertices");
        }
        adjacency.get(l).add(r);
        return this;
    }

    /** {@code matchOfLeft[l]}: the right vertex matched to l, or -1. Its number of non-negative entries is the maximum. */
    public int[] maximumMatching() {
        int[] matchLeft = new int[left];
        int[] matchRight = new int[right];
        Arrays.fill(matchLeft, FREE);
        Arrays.fill(matchRight, FREE);
        int[] layer = new int[left];
        while (layer(matchLeft, matchRight, layer)) {
            int[] nextEdge = new int[left];
            for (int l = 0; l < left; l++) {
                if (matchLeft[l] == FREE) {
                    augment(l, matchLeft, matchRight, layer, nextEdge);
                }
            }
        }
        return matchLeft;
    }

    /** The size of a maximum matching. */
    public int maximumMatchingSize() {
        return (int) Arrays.stream(maximumMatching()).filter(r -> r != FREE).count();
    }

    /** BFS layers of left vertices from the free ones; true if some free right vertex is reachable. */
    private boolean layer(int[] matchLeft, int[] matchRight, int[] layer) {
        int[] queue = new int[left];
        int head = 0;
        int tail = 0;
        for (int l = 0; l < left; l++) {
            if (matchLeft[l] == FREE) {
                layer[l] = 0;
                queue[tail++] = l;
            } else {
                layer[l] = INF;
            }
        }
        boolean found = false;
        while (head < tail) {
            int l = queue[head++];
            for (int r : adjacency.get(l)) {
                int next = matchRight[r];
                if (next == FREE) {
                    found = true;
                } else if (layer[next] == INF) {
                    layer[next] = layer[l] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return found;
    }

    /** DFS along the layers for an augmenting path from l; flips it and returns true when found. */
    private boolean augment(int l, int[] matchLeft, int[] matchRight, int[] layer, int[] nextEdge) {
        List<Integer> edges = adjacency.get(l);
        for (; nextEdge[l] < edges.size(); nextEdge[l]++) {
            int r = edges.get(nextEdge[l]);
            int next = matchRight[r];
            if (next == FREE || (layer[next] == layer[l] + 1 && augment(next, matchLeft, matchRight, layer, nextEdge))) {
                matchLeft[l] = r;
                matchRight[r] = l;
                return true;
            }
        }
        layer[l] = INF;   // dead end for this phase
        return false;
    }
}
