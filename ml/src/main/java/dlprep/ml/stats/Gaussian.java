package dlprep.ml.stats;

/**
 * The normal distribution N(mu, sigma^2): density exp(-(x - mu)^2 / (2 sigma^2)) / sqrt(2 pi sigma^2).
 * Among all densities with a given variance it has the largest (differential) entropy, 1/2 log(2 pi e sigma^2).
 */
public record Gaussian(double mean, double standardDeviation) {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    public Gaussian {
        if (!Double.isFinite(mean) || !(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("Gaussian: needs a finite mean and a finite standard deviation > 0, got "
                    + mean + " and " + standardDeviation);
        }
    }

    /** The standard normal N(0, 1). */
    public static Gaussian standard() {
        return new Gaussian(0, 1);
    }

    public double pdf(double x) {
        return Math.exp(logPdf(x));
    }

    /**
     * log p(x) = -(x - mu)^2 / (2 sigma^2) - log sigma - 1/2 log(2 pi), computed as a sum of logs: for x far in
     * the tail the density underflows to 0 but its log stays finite (x = 40: p = 0 in double, log p = -800.9).
     */
    public double logPdf(double x) {
        double z = (x - mean) / standardDeviation;
        return -0.5 * z * z - Math.log(standardDeviation) - 0.5 * LOG_TWO_PI;
    }

    public double variance() {
        return standardDeviation * standardDeviation;
    }

    /** h = 1/2 log(2 pi e sigma^2) (differential: may be negative, for sigma below 1 / sqrt(2 pi e)). */
    public double entropy(InformationUnit unit) {
        return unit.fromNats(0.5 * (LOG_TWO_PI + 1) + Math.log(standardDeviation));
    }

    /** KL(this || q) = log(sigma_q / sigma_p) + (sigma_p^2 + (mu_p - mu_q)^2) / (2 sigma_q^2) - 1/2, in closed form. */
    public double klDivergence(Gaussian q, InformationUnit unit) {
        double d = mean - q.mean;
        double nats = Math.log(q.standardDeviation / standardDeviation)
                + (variance() + d * d) / (2 * q.variance()) - 0.5;
        return unit.fromNats(nats);
    }
}
