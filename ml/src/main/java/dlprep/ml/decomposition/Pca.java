package dlprep.ml.decomposition;

import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.Svd;
import dlprep.engine.linalg.SymmetricEigen;
import dlprep.ml.ColumnStatistics;
import dlprep.ml.Inputs;

import java.util.Locale;

/**
 * Principal component analysis: the k orthonormal directions along which centered data varies most, found
 * two ways that give the same answer (notes/02-ml/03-dimensionality-reduction.md):
 *
 * <ul>
 *   <li>{@link Method#COVARIANCE_EIGEN}: eigen-decomposition of the sample covariance
 *       C = X_c^T X_c / (n - 1); the eigenvectors are the components, the eigenvalues their variances.</li>
 *   <li>{@link Method#SVD}: the thin SVD X_c = U S V^T; the rows of V^T are the components and
 *       s_i^2 / (n - 1) their variances, since X_c^T X_c = V S^2 V^T. Never forms X_c^T X_c, so small
 *       variances keep their precision (what scikit-learn does).</li>
 * </ul>
 *
 * <p>A component's sign is arbitrary (v and -v span the same line). Both methods fix it as scikit-learn's
 * {@code svd_flip} does, so that results compare entry by entry: the score vector X_c v (U's column, scaled)
 * gets a positive entry where its absolute value is largest.
 */
public final class Pca {

    /** How the components are computed. */
    public enum Method { SVD, COVARIANCE_EIGEN }

    private final int k;
    private final Method method;
    private double[] mean;
    private double[][] components;        // k x d, orthonormal rows
    private double[] explainedVariance;   // k
    private double[] explainedVarianceRatio;
    private double[] singularValues;

    /** Keeps {@code k >= 1} components. */
    public Pca(int k, Method method) {
        if (k < 1) {
            throw new IllegalArgumentException("Pca: the number of components must be >= 1, got " + k);
        }
        this.k = k;
        this.method = method;
    }

    /** Learns the mean and the k leading components of {@code x[n][d]}; needs k <= min(n, d). */
    public Pca fit(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("Pca.fit: no samples; give at least one row");
        }
        int n = x.length;
        int d = x[0].length;
        Inputs.checkRows("Pca.fit", x, d);
        if (k > Math.min(n, d)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Pca.fit: %d components asked but the data has %d samples and %d features; k must be <= min(n, d) = %d",
                    k, n, d, Math.min(n, d)));
        }
        if (n < 2) {
            throw new IllegalArgumentException("Pca.fit: one sample has no variance; give at least two rows");
        }
        mean = ColumnStatistics.means(x);
        double[][] xc = new double[n][d];
        double totalVariance = 0; // trace of the covariance: the sum of all d variances
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xc[i][j] = x[i][j] - mean[j];
                totalVariance += xc[i][j] * xc[i][j] / (n - 1);
            }
        }
        double[][] vt;      // all candidate components as rows, in descending variance
        double[] variance;
        if (method == Method.SVD) {
            Svd svd = Svd.of(xc);
            vt = svd.vt();
            double[] s = svd.singularValues();
            variance = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                variance[i] = s[i] * s[i] / (n - 1);
            }
        } else {
            double[][] covariance = Matrices.scale(Matrices.multiply(Matrices.transpose(xc), xc), 1.0 / (n - 1));
            SymmetricEigen eigen = SymmetricEigen.of(covariance);
            vt = Matrices.transpose(eigen.eigenvectors());
            variance = eigen.eigenvalues();
        }
        components = new double[k][];
        explainedVariance = new double[k];
        explainedVarianceRatio = new double[k];
        singularValues = new double[k];
        for (int c = 0; c < k; c++) {
            components[c] = flipSign(xc, vt[c]);
            explainedVariance[c] = Math.max(variance[c], 0); // an eigenvalue of a PSD matrix, up to rounding
            explainedVarianceRatio[c] = explainedVariance[c] / totalVariance;
            singularValues[c] = Math.sqrt(explainedVariance[c] * (n - 1));
        }
        return this;
    }

    /**
     * scikit-learn's svd_flip (u-based): the sign that makes the largest-magnitude entry of the scores
     * X_c v positive (the first such entry on a tie, as numpy's argmax).
     */
    private static double[] flipSign(double[][] xc, double[] v) {
        double[] scores = Matrices.multiply(xc, v);
        int at = 0;
        for (int i = 1; i < scores.length; i++) {
            if (Math.abs(scores[i]) > Math.abs(scores[at])) {
                at = i;
            }
        }
        double[] out = v.clone();
        if (scores[at] < 0) {
            for (int j = 0; j < out.length; j++) {
                out[j] = -out[j];
            }
        }
        return out;
    }

    /** The coordinates of each row along the components: (x - mean) V_k, n x k. */
    public double[][] transform(double[][] x) {
        requireFitted("transform");
        Inputs.checkRows("Pca.transform", x, mean.length);
        double[][] z = new double[x.length][k];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (x[i][j] - mean[j]) * components[c][j];
                }
                z[i][c] = s;
            }
        }
        return z;
    }

    /** Back to feature space: z V_k^T + mean, the best rank-k approximation of the original rows. */
    public double[][] inverseTransform(double[][] z) {
        requireFitted("inverseTransform");
        Inputs.checkRows("Pca.inverseTransform", z, k);
        double[][] x = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            x[i] = mean.clone();
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < mean.length; j++) {
                    x[i][j] += z[i][c] * components[c][j];
                }
            }
        }
        return x;
    }

    /** The components as rows, k x d ({@code components_}). */
    public double[][] components() {
        requireFitted("components");
        return Matrices.copy(components);
    }

    /** The variance of the data along each component ({@code explained_variance_}). */
    public double[] explainedVariance() {
        requireFitted("explainedVariance");
        return explainedVariance.clone();
    }

    /** Each component's share of the total variance ({@code explained_variance_ratio_}). */
    public double[] explainedVarianceRatio() {
        requireFitted("explainedVarianceRatio");
        return explainedVarianceRatio.clone();
    }

    /** The singular values of the centered data for the kept components ({@code singular_values_}). */
    public double[] singularValues() {
        requireFitted("singularValues");
        return singularValues.clone();
    }

    /** The per-feature mean subtracted before projecting ({@code mean_}). */
    public double[] mean() {
        requireFitted("mean");
        return mean.clone();
    }

    public int componentCount() {
        return k;
    }

    public Method method() {
        return method;
    }

    @Override
    public String toString() {
        return "Pca(k=" + k + ", method=" + method.name().toLowerCase(Locale.ROOT) + ")";
    }

    private void requireFitted(String what) {
        if (mean == null) {
            throw new IllegalStateException("Pca." + what + ": the model is not fitted; call fit first");
        }
    }
}
