package dlprep.ml.cluster;

import dlprep.ml.Distances;
import dlprep.ml.Inputs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Bottom-up hierarchical clustering: start with every point in its own cluster and merge the two closest
 * clusters, n − 1 times, updating distances by the {@link Linkage}'s Lance-Williams formula. The merges form
 * the dendrogram; cutting it at k clusters means undoing the last k − 1 merges.
 *
 * <p>The closest pair is found by the nearest-neighbour chain (Murtagh, 1983): follow nearest neighbours from
 * any cluster until two clusters are each other's nearest, and merge them. For these four linkages a merge never
 * brings a cluster closer to the others than the merged pair were (they are "reducible"), so such mutual
 * nearest neighbours can be merged at once, and sorting the merges by height gives the same dendrogram as the
 * textbook's "find the global minimum each time", in O(n²) time instead of O(n³).
 */
public final class Agglomerative {

    /**
     * One merge in SciPy's linkage-matrix convention: clusters {@code left < right} (ids below n are points,
     * n + i is the cluster made by merge i), the height they merged at, and the size of the union.
     */
    public record Merge(int left, int right, double height, int size) {
    }

    private final Linkage linkage;

    public Agglomerative(Linkage linkage) {
        this.linkage = linkage;
    }

    public Linkage linkage() {
        return linkage;
    }

    /** The n − 1 merges, lowest first. */
    public List<Merge> dendrogram(double[][] x) {
        Inputs.checkMatrix("Agglomerative.fit", x);
        int n = x.length;
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                dist[i][j] = dist[j][i] = linkage.pointDistance(Distances.squaredEuclidean(x[i], x[j]));
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        List<double[]> raw = new ArrayList<>(); // {slot a, slot b, stored distance}, in the order found
        int[] chain = new int[n];
        int top = 0;
        while (raw.size() < n - 1) {
            if (top == 0) {
                chain[top++] = firstActive(active);
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int b = previous; // on a tie, prefer the previous link, or the chain could cycle
            double best = previous >= 0 ? dist[a][previous] : Double.POSITIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a && dist[a][c] < best) {
                    best = dist[a][c];
                    b = c;
                }
            }
            if (b != previous) {
                chain[top++] = b;
                continue;
            }
            top -= 2;
            raw.add(new double[] {a, b, best});
            // the union lives in slot b; slot a goes out
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a && c != b) {
                    double updated = linkage.update(dist[c][a], dist[c][b], best, size[a], size[b], size[c]);
                    dist[c][b] = dist[b][c] = updated;
                }
            }
            size[b] += size[a];
            active[a] = false;
        }
        return numbered(raw, n);
    }

    private static int firstActive(boolean[] active) {
        int i = 0;
        while (!active[i]) {
            i++;
        }
        return i;
    }

    /** Sorts the merges by height and names clusters as SciPy does, following the slots with a union-find. */
    private List<Merge> numbered(List<double[]> raw, int n) {
        raw.sort(Comparator.comparingDouble(m -> m[2]));
        int[] parent = new int[2 * n - 1];
        Arrays.setAll(parent, i -> i);
        int[] size = new int[2 * n - 1];
        Arrays.fill(size, 0, n, 1);
        List<Merge> merges = new ArrayList<>(n - 1);
        for (int i = 0; i < raw.size(); i++) {
            int left = find(parent, (int) raw.get(i)[0]);
            int right = find(parent, (int) raw.get(i)[1]);
            int id = n + i;
            parent[left] = id;
            parent[right] = id;
            size[id] = size[left] + size[right];
            merges.add(new Merge(Math.min(left, right), Math.max(left, right), linkage.height(raw.get(i)[2]), size[id]));
        }
        return merges;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The flat clustering with k clusters: the first n − k merges applied; labels 0..k−1 in order of first appearance. */
    public static int[] cut(List<Merge> merges, int k) {
        int n = merges.size() + 1;
        ClusterCount.require("Agglomerative.fit", k, n);
        int[] parent = new int[2 * n - 1];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n - k; i++) {
            Merge m = merges.get(i);
            parent[m.left()] = n + i;
            parent[m.right()] = n + i;
        }
        int[] labels = new int[n];
        int[] labelOfRoot = new int[2 * n - 1];
        Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = next++;
            }
            labels[i] = labelOfRoot[root];
        }
        return labels;
    }

    /** The dendrogram cut at k clusters. */
    public int[] fit(double[][] x, int k) {
        Inputs.checkMatrix("Agglomerative.fit", x);
        ClusterCount.require("Agglomerative.fit", k, x.length);
        return cut(dendrogram(x), k);
    }
}
