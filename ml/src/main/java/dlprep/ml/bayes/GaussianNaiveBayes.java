package dlprep.ml.bayes;

import dlprep.engine.linalg.Matrices;
import dlprep.ml.ColumnStatistics;
import dlprep.ml.stats.Gaussian;

import java.util.Arrays;
import java.util.Locale;

/**
 * Naive Bayes with one Gaussian per class and feature: the class mean and (population) variance of the feature.
 * A feature constant within a class would have variance 0 and an infinite density, so every variance gets
 * {@code varSmoothing × (the largest feature variance over all rows)} added, scikit-learn's {@code GaussianNB}
 * convention (default 1e-9).
 */
public final class GaussianNaiveBayes extends NaiveBayes {

    private final double varSmoothing;
    private double[][] means;
    private double[][] variances;
    private Gaussian[][] densities;

    public GaussianNaiveBayes(double varSmoothing) {
        if (!(varSmoothing >= 0) || Double.isInfinite(varSmoothing)) {
            throw new IllegalArgumentException("Gaussian naive Bayes: varSmoothing = " + varSmoothing
                    + "; give a finite value, 0 or more (scikit-learn's default is 1e-9)");
        }
        this.varSmoothing = varSmoothing;
    }

    public GaussianNaiveBayes() {
        this(1e-9);
    }

    @Override
    public GaussianNaiveBayes fit(double[][] x, int[] labels) {
        int[] counts = fitPriors("gaussian-nb", x, labels);
        int k = counts.length;
        int d = features;
        means = new double[k][d];
        variances = new double[k][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                means[labels[i]][j] += x[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] /= counts[c];
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                double diff = x[i][j] - means[labels[i]][j];
                variances[labels[i]][j] += diff * diff;
            }
        }
        double epsilon = varSmoothing * largestFeatureVariance(x);
        densities = new Gaussian[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                variances[c][j] = variances[c][j] / counts[c] + epsilon;
                if (variances[c][j] == 0) {
                    throw new IllegalArgumentException("gaussian-nb.fit: feature " + j + " is constant in class "
                            + c + " and varSmoothing is 0; use a positive varSmoothing");
                }
                densities[c][j] = new Gaussian(means[c][j], Math.sqrt(variances[c][j]));
            }
        }
        return this;
    }

    private static double largestFeatureVariance(double[][] x) {
        return Arrays.stream(ColumnStatistics.variances(x, ColumnStatistics.means(x))).max().orElse(0);
    }

    @Override
    protected double[] jointLogLikelihood(double[] row) {
        double[] joint = logPrior.clone();
        for (int c = 0; c < joint.length; c++) {
            for (int j = 0; j < row.length; j++) {
                joint[c] += densities[c][j].logPdf(row[j]);
            }
        }
        return joint;
    }

    /** The fitted class means, {@code [class][feature]}. */
    public double[][] means() {
        return Matrices.copy(means);
    }

    /** The fitted class variances with the smoothing added, {@code [class][feature]}. */
    public double[][] variances() {
        return Matrices.copy(variances);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "gaussian-nb(var_smoothing=%g)", varSmoothing);
    }
}
