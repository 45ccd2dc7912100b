package dlprep.ml.stats;

/** A coin with P(X = 1) = p: pmf p^x (1 - p)^(1 - x) for x in {0, 1}, mean p, variance p (1 - p). */
public record Bernoulli(double p) {

    public Bernoulli {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Bernoulli: p must be in [0, 1], got " + p);
        }
    }

    public double pmf(int x) {
        return switch (x) {
            case 1 -> p;
            case 0 -> 1 - p;
            default -> throw new IllegalArgumentException("Bernoulli.pmf: x must be 0 or 1, got " + x);
        };
    }

    /** log P(X = x); -infinity for an impossible outcome. */
    public double logPmf(int x) {
        return Math.log(pmf(x));
    }

    public double mean() {
        return p;
    }

    public double variance() {
        return p * (1 - p);
    }

    /** H = -p log p - (1 - p) log (1 - p): 1 bit for a fair coin, 0 for a certain one. */
    public double entropy(InformationUnit unit) {
        return Information.entropy(new double[] {1 - p, p}, unit);
    }
}
