package dlprep.ml.bayes;

/**
 * The mean μ of Gaussian data with known noise variance σ², under a Gaussian belief N(μ₀, σ₀²). The Gaussian is
 * conjugate to itself: after n points with sample mean x̄ the belief is N(μₙ, σₙ²) with precisions adding,
 * 1/σₙ² = 1/σ₀² + n/σ², and μₙ = σₙ²(μ₀/σ₀² + n x̄/σ²) the precision-weighted average of prior mean and x̄.
 * The MLE is x̄; the MAP is μₙ, the posterior mean, because a Gaussian's mode is its mean.
 *
 * @param mean          μ₀, the mean of the belief about μ
 * @param variance      σ₀², how unsure that belief is
 * @param noiseVariance σ², the known variance of each data point around μ
 */
public record GaussianMean(double mean, double variance, double noiseVariance) {

    public GaussianMean {
        if (!Double.isFinite(mean) || !(variance > 0) || !(noiseVariance > 0)
                || Double.isInfinite(variance) || Double.isInfinite(noiseVariance)) {
            throw new IllegalArgumentException("Gaussian mean: prior N(" + mean + ", " + variance + "), noise variance "
                    + noiseVariance + "; the mean must be finite and both variances finite and positive");
        }
    }

    /** The maximum-likelihood estimate: the sample mean. */
    public static double mle(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("Gaussian MLE: no data points; the sample mean needs at least one");
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Gaussian MLE: point " + i + " is " + x[i]
                        + "; remove or impute it first");
            }
            s += x[i];
        }
        return s / x.length;
    }

    /** The belief N(μₙ, σₙ²) after the data (same noise variance). */
    public GaussianMean posterior(double[] x) {
        double xBar = mle(x);
        double precision = 1 / variance + x.length / noiseVariance;
        double posteriorVariance = 1 / precision;
        double posteriorMean = posteriorVariance * (mean / variance + x.length * xBar / noiseVariance);
        return new GaussianMean(posteriorMean, posteriorVariance, noiseVariance);
    }

    /** The MAP estimate when this is a posterior: its mean. */
    public double map() {
        return mean;
    }

    /** The variance of the next data point, σ² + σₙ²: the noise plus what is still unknown about μ. */
    public double predictiveVariance() {
        return noiseVariance + variance;
    }
}
