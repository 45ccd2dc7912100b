package dlprep.ml.cluster;

import dlprep.engine.linalg.SymmetricEigen;
import dlprep.ml.Distances;
import dlprep.ml.Inputs;
import dlprep.ml.svm.Kernel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Spectral clustering in the version of Ng, Jordan and Weiss (2002): build a similarity graph W, take the k
 * eigenvectors of the normalised Laplacian L_sym = I − D^(−1/2) W D^(−1/2) with the smallest eigenvalues, scale
 * every row of that n × k matrix to unit length, and run k-means on the rows. Points joined by chains of
 * near neighbours get nearly equal rows, so a connected cluster of any shape becomes a compact one.
 *
 * <p>The eigenvectors of L_sym's smallest eigenvalues are those of D^(−1/2) W D^(−1/2)'s largest, which is what is
 * decomposed (by the engine's Jacobi {@link SymmetricEigen}, O(n³): fine for a few hundred points). The graph's
 * diagonal is left out, as SciPy's Laplacian does. scikit-learn's {@code SpectralClustering} instead divides the
 * eigenvectors by √degree (the random-walk Laplacian's eigenvectors) and does not normalise rows; on
 * well-separated data both give the same partition.
 *
 * @param affinity   how the graph is built
 * @param gamma      the RBF width: w = exp(−γ‖xᵢ − xⱼ‖²) (scikit-learn's default 1)
 * @param neighbours for the k-NN graph: each point linked to its {@code neighbours} nearest, itself included,
 *                   then W = (A + Aᵀ)/2 (scikit-learn's {@code n_neighbors}, default 10)
 * @param seed       the seed of the final k-means (10 k-means++ runs)
 */
public record SpectralClustering(Affinity affinity, double gamma, int neighbours, long seed) {

    /** The similarity graph. */
    public enum Affinity {
        /** Every pair, weighted by a Gaussian of the distance. */
        RBF,
        /** Each point with its nearest neighbours, weight 1 (½ when only one side chose the other). */
        NEAREST_NEIGHBORS;

        /** {@code rbf} or {@code nearest_neighbors} (scikit-learn's words) or {@code knn}. */
        public static Affinity parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "rbf" -> RBF;
                case "nearest_neighbors", "knn" -> NEAREST_NEIGHBORS;
                default -> throw new IllegalArgumentException("unknown affinity '" + name
                        + "'; use rbf or nearest_neighbors (knn)");
            };
        }
    }

    /** The labels, the spectral embedding (unit rows, n × k) and the k smallest eigenvalues of L_sym, ascending. */
    public record Result(int[] labels, double[][] embedding, double[] eigenvalues) {
    }

    public SpectralClustering {
        if (!(gamma > 0) || Double.isInfinite(gamma) || neighbours < 1) {
            throw new IllegalArgumentException("SpectralClustering.fit: gamma = " + gamma + ", neighbours = " + neighbours
                    + "; gamma must be finite and positive, neighbours at least 1");
        }
    }

    public static SpectralClustering rbf(double gamma) {
        return new SpectralClustering(Affinity.RBF, gamma, 10, 0);
    }

    public static SpectralClustering nearestNeighbors(int neighbours) {
        return new SpectralClustering(Affinity.NEAREST_NEIGHBORS, 1, neighbours, 0);
    }

    public SpectralClustering withSeed(long seed) {
        return new SpectralClustering(affinity, gamma, neighbours, seed);
    }

    public Result fit(double[][] x, int k) {
        Inputs.checkMatrix("SpectralClustering.fit", x);
        ClusterCount.require("SpectralClustering.fit", k, x.length);
        if (affinity == Affinity.NEAREST_NEIGHBORS && neighbours > x.length) {
            throw new IllegalArgumentException("SpectralClustering.fit: " + neighbours + " neighbours but only "
                    + x.length + " samples; use at most " + x.length);
        }
        return fromGraph(affinity == Affinity.RBF ? rbfGraph(x) : nearestNeighbourGraph(x), k);
    }

    /**
     * Clusters the vertices of a graph given by its symmetric weights {@code w[i][j] >= 0} (the diagonal is not
     * used): the same steps from the Laplacian on.
     */
    public Result fromGraph(double[][] w, int k) {
        int n = w.length;
        ClusterCount.require("SpectralClustering.fit", k, n);
        double[] invSqrtDegree = new double[n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (int j = 0; j < n; j++) {
                if (w[i].length != n || !(w[i][j] >= 0) || Double.isInfinite(w[i][j])) {
                    throw new IllegalArgumentException("SpectralClustering.fit: the graph must be a square table of "
                            + "finite weights >= 0; row " + i + " breaks that");
                }
                degree += j == i ? 0 : w[i][j];
            }
            if (degree == 0) {
                throw new IllegalArgumentException("SpectralClustering.fit: point " + i + " has no edge in the graph"
                        + (affinity == Affinity.RBF ? " (its weights underflow at gamma = " + gamma
                        + "; use a smaller gamma)" : ""));
            }
            invSqrtDegree[i] = 1 / Math.sqrt(degree);
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = j == i ? 0 : w[i][j] * invSqrtDegree[i] * invSqrtDegree[j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(m);
        double[][] vectors = eigen.eigenvectors();
        double[] values = eigen.eigenvalues();
        double[][] embedding = new double[n][k];
        double[] smallest = new double[k];
        for (int c = 0; c < k; c++) {
            smallest[c] = 1 - values[c];
        }
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < k; c++) {
                embedding[i][c] = vectors[i][c];
                norm += vectors[i][c] * vectors[i][c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < k && norm > 0; c++) {
                embedding[i][c] /= norm;
            }
        }
        int[] labels = KMeans.of(k).withSeed(seed).fit(embedding).labels();
        return new Result(labels, embedding, smallest);
    }

    /** The SVM's RBF kernel as the edge weight: the same similarity, here read as a graph. */
    private double[][] rbfGraph(double[][] x) {
        int n = x.length;
        Kernel rbf = Kernel.rbf(gamma);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                w[i][j] = w[j][i] = rbf.apply(x[i], x[j]);
            }
        }
        return w;
    }

    private double[][] nearestNeighbourGraph(double[][] x) {
        int n = x.length;
        double[][] w = new double[n][n];
        Integer[] order = new Integer[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dist[j] = Distances.squaredEuclidean(x[i], x[j]);
                order[j] = j;
            }
            dist[i] = -1; // itself first, even among duplicates
            Arrays.sort(order, Comparator.comparingDouble(j -> dist[j]));
            for (int r = 0; r < neighbours; r++) {
                int j = order[r];
                if (j != i) {
                    w[i][j] += 0.5;
                    w[j][i] += 0.5;
                }
            }
        }
        return w;
    }
}
