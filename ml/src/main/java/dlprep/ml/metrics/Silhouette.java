package dlprep.ml.metrics;

import dlprep.ml.Distances;
import dlprep.ml.Inputs;

import java.util.Arrays;

/**
 * The silhouette coefficient of a clustering (Rousseeuw, 1987): for each point, a = its mean distance to the
 * other points of its cluster, b = its mean distance to the points of the nearest other cluster, and
 * s = (b − a) / max(a, b) in [−1, 1]; the score is the mean of s. A point alone in its cluster has s = 0, as in
 * scikit-learn's {@code silhouette_score} (Euclidean distance).
 */
public final class Silhouette {

    private Silhouette() {
    }

    /** The mean silhouette; needs 2..n−1 distinct labels in {@code 0..}. */
    public static double score(double[][] x, int[] labels) {
        double[] s = samples(x, labels);
        double total = 0;
        for (double v : s) {
            total += v;
        }
        return total / s.length;
    }

    /** The silhouette of every point. */
    public static double[] samples(double[][] x, int[] labels) {
        Inputs.checkMatrix("silhouette", x);
        if (labels.length != x.length) {
            throw new IllegalArgumentException("silhouette: " + x.length + " rows but " + labels.length
                    + " labels; give one label per row");
        }
        int k = Labels.classCount("silhouette", labels, labels);
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        int used = 0;
        for (int size : sizes) {
            used += size > 0 ? 1 : 0;
        }
        if (used < 2 || used > x.length - 1) {
            throw new IllegalArgumentException("silhouette: " + used + " clusters among " + x.length
                    + " points; it is defined for 2 to n - 1 clusters");
        }
        int n = x.length;
        double[] s = new double[n];
        double[] sumTo = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sumTo, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sumTo[labels[j]] += Math.sqrt(Distances.squaredEuclidean(x[i], x[j]));
                }
            }
            int own = labels[i];
            if (sizes[own] == 1) {
                s[i] = 0;
                continue;
            }
            double a = sumTo[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sumTo[c] / sizes[c]);
                }
            }
            s[i] = (b - a) / Math.max(a, b);
        }
        return s;
    }
}
