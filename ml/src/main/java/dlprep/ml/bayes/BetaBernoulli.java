package dlprep.ml.bayes;

/**
 * A coin's heads probability θ under a Beta(α, β) belief. The Beta is conjugate to the Bernoulli likelihood:
 * after k heads in n tosses the belief is Beta(α + k, β + n − k), so α and β act as pseudo-counts of heads and
 * tails seen before the data. The three answers of the note:
 * <ul>
 *   <li>MLE k/n ({@link #mle}), which ignores the prior;</li>
 *   <li>MAP, the mode of the posterior, (α + k − 1)/(α + β + n − 2) ({@link #mode} of {@link #posterior});</li>
 *   <li>the full posterior, whose mean (α + k)/(α + β + n) is also the predictive probability that the next
 *       toss is heads ({@link #predictiveHeads}): Laplace's rule of succession for α = β = 1.</li>
 * </ul>
 */
public record BetaBernoulli(double alpha, double beta) {

    public BetaBernoulli {
        if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Beta prior: alpha = " + alpha + ", beta = " + beta
                    + "; both must be finite and positive");
        }
    }

    /** The maximum-likelihood estimate k/n; undefined before the first toss. */
    public static double mle(int heads, int tosses) {
        requireCounts(heads, tosses);
        if (tosses == 0) {
            throw new IllegalArgumentException("MLE: no tosses yet; k/n is 0/0 (the likelihood is flat)");
        }
        return (double) heads / tosses;
    }

    /** The belief after {@code heads} heads in {@code tosses} tosses: Beta(α + k, β + n − k). */
    public BetaBernoulli posterior(int heads, int tosses) {
        requireCounts(heads, tosses);
        return new BetaBernoulli(alpha + heads, beta + tosses - heads);
    }

    /**
     * The mode (α − 1)/(α + β − 2): the MAP estimate when this is a posterior. It exists for α, β ≥ 1 but not both 1
     * (a uniform density has no single mode); below 1 the density is unbounded at an end and there is no maximum.
     */
    public double mode() {
        if (alpha < 1 || beta < 1 || (alpha == 1 && beta == 1)) {
            throw new IllegalArgumentException("Beta(" + alpha + ", " + beta + ") has no single mode; the MAP "
                    + "estimate needs alpha, beta >= 1, not both 1 (add tosses or a stronger prior)");
        }
        return (alpha - 1) / (alpha + beta - 2);
    }

    /** The mean α/(α + β). */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** The variance αβ/((α + β)²(α + β + 1)): how unsure the belief still is. */
    public double variance() {
        double s = alpha + beta;
        return alpha * beta / (s * s * (s + 1));
    }

    /** P(next toss is heads) = ∫ θ p(θ) dθ = the mean: the answer averaged over every θ, not taken at one θ. */
    public double predictiveHeads() {
        return mean();
    }

    private static void requireCounts(int heads, int tosses) {
        if (tosses < 0 || heads < 0 || heads > tosses) {
            throw new IllegalArgumentException("coin: " + heads + " heads in " + tosses
                    + " tosses; need 0 <= heads <= tosses");
        }
    }
}
