package dlprep.ml.bayes;

import dlprep.engine.linalg.Matrices;

import java.util.Locale;

/**
 * Naive Bayes for binary features (a word present or not): P(xⱼ = 1 | c) estimated with Laplace smoothing as
 * (n_cj + α)/(n_c + 2α), the posterior mean under a Beta(α, α) prior, so that a feature never seen in a class
 * does not zero out that class. A feature counts as 1 when it is above {@code threshold} (scikit-learn's
 * {@code BernoulliNB(alpha, binarize)}; defaults α = 1, threshold 0).
 */
public final class BernoulliNaiveBayes extends NaiveBayes {

    private final double alpha;
    private final double threshold;
    private double[][] probability;
    private double[][] logP;
    private double[][] logNotP;

    public BernoulliNaiveBayes(double alpha, double threshold) {
        if (!(alpha >= 0) || Double.isInfinite(alpha) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("Bernoulli naive Bayes: alpha = " + alpha + ", threshold = "
                    + threshold + "; alpha must be finite and 0 or more (1 is Laplace smoothing)");
        }
        this.alpha = alpha;
        this.threshold = threshold;
    }

    public BernoulliNaiveBayes() {
        this(1, 0);
    }

    @Override
    public BernoulliNaiveBayes fit(double[][] x, int[] labels) {
        int[] counts = fitPriors("bernoulli-nb", x, labels);
        int k = counts.length;
        double[][] ones = new double[k][features];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < features; j++) {
                ones[labels[i]][j] += x[i][j] > threshold ? 1 : 0;
            }
        }
        probability = new double[k][features];
        logP = new double[k][features];
        logNotP = new double[k][features];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < features; j++) {
                probability[c][j] = (ones[c][j] + alpha) / (counts[c] + 2 * alpha);
                logP[c][j] = Math.log(probability[c][j]);
                logNotP[c][j] = Math.log(1 - probability[c][j]);
            }
        }
        return this;
    }

    /** The smoothed P(xⱼ = 1 | c), {@code [class][feature]}. */
    public double[][] featureProbabilities() {
        return Matrices.copy(probability);
    }

    @Override
    protected double[] jointLogLikelihood(double[] row) {
        double[] joint = logPrior.clone();
        for (int c = 0; c < joint.length; c++) {
            for (int j = 0; j < row.length; j++) {
                joint[c] += row[j] > threshold ? logP[c][j] : logNotP[c][j];
            }
        }
        return joint;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "bernoulli-nb(alpha=%g, binarize=%g)", alpha, threshold);
    }
}
