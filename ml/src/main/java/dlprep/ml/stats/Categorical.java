package dlprep.ml.stats;

import java.util.Arrays;

/**
 * A die with K faces, P(X = k) = p_k for k = 0..K-1 (the distribution a softmax outputs). Mean and variance
 * are those of the face index k, meaningful when the faces are ordered numbers.
 */
public final class Categorical {

    private final double[] p;

    public Categorical(double... probabilities) {
        Information.requireDistribution("Categorical", probabilities);
        this.p = probabilities.clone();
    }

    public int size() {
        return p.length;
    }

    public double pmf(int k) {
        if (k < 0 || k >= p.length) {
            throw new IllegalArgumentException("Categorical.pmf: k must be in 0.." + (p.length - 1) + ", got " + k);
        }
        return p[k];
    }

    public double logPmf(int k) {
        return Math.log(pmf(k));
    }

    /** E[X] = sum_k k p_k. */
    public double mean() {
        double m = 0;
        for (int k = 0; k < p.length; k++) {
            m += k * p[k];
        }
        return m;
    }

    /** Var[X] = E[X^2] - E[X]^2. */
    public double variance() {
        double m = mean();
        double v = 0;
        for (int k = 0; k < p.length; k++) {
            v += (k - m) * (k - m) * p[k];
        }
        return v;
    }

    /** H = -sum_k p_k log p_k: log K for the uniform die, the most uncertain one. */
    public double entropy(InformationUnit unit) {
        return Information.entropy(p, unit);
    }

    public double[] probabilities() {
        return p.clone();
    }

    @Override
    public String toString() {
        return "Categorical" + Arrays.toString(p);
    }
}
