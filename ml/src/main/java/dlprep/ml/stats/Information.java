package dlprep.ml.stats;

import java.util.Locale;

/**
 * Entropy, cross-entropy, KL divergence and mutual information of discrete distributions, with the
 * convention 0 log 0 = 0 (the limit of p log p as p -> 0).
 *
 * <ul>
 *   <li>H(p) = -sum p_i log p_i: the average surprise, the fewest bits per symbol of any code for p.</li>
 *   <li>H(p, q) = -sum p_i log q_i: the average code length when coding p with a code built for q; the
 *       classification loss, with p the one-hot label and q the model's softmax.</li>
 *   <li>KL(p || q) = sum p_i log(p_i / q_i) = H(p, q) - H(p) >= 0: the extra cost of the wrong code; zero
 *       only when p = q, infinite when q gives 0 to something p does not. Not symmetric.</li>
 *   <li>I(X; Y) = KL(p(x, y) || p(x) p(y)) = H(X) + H(Y) - H(X, Y): how much knowing one variable tells
 *       about the other; zero exactly when they are independent.</li>
 * </ul>
 */
public final class Information {

    private static final double SUM_TOLERANCE = 1e-9;

    private Information() {
    }

    public static double entropy(double[] p, InformationUnit unit) {
        requireDistribution("entropy", p);
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi);
            }
        }
        return unit.fromNats(h);
    }

    public static double crossEntropy(double[] p, double[] q, InformationUnit unit) {
        requirePair("crossEntropy", p, q);
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                h -= p[i] * Math.log(q[i]); // q_i = 0 gives +infinity: p's outcome is impossible under q
            }
        }
        return unit.fromNats(h);
    }

    public static double klDivergence(double[] p, double[] q, InformationUnit unit) {
        requirePair("klDivergence", p, q);
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                d += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return unit.fromNats(d);
    }

    /**
     * I(X; Y) from a joint table {@code joint[x][y] = P(X = x, Y = y)} (entries summing to 1), as
     * sum_xy p(x, y) log(p(x, y) / (p(x) p(y))) with the marginals summed from the table.
     */
    public static double mutualInformation(double[][] joint, InformationUnit unit) {
        if (joint.length == 0) {
            throw new IllegalArgumentException("mutualInformation: the joint table is empty");
        }
        int cols = joint[0].length;
        double[] px = new double[joint.length];
        double[] py = new double[cols];
        double[] flat = new double[joint.length * cols];
        for (int x = 0; x < joint.length; x++) {
            if (joint[x].length != cols) {
                throw new IllegalArgumentException("mutualInformation: row " + x + " of the joint table has "
                        + joint[x].length + " entries but row 0 has " + cols);
            }
            for (int y = 0; y < cols; y++) {
                px[x] += joint[x][y];
                py[y] += joint[x][y];
                flat[x * cols + y] = joint[x][y];
            }
        }
        requireDistribution("mutualInformation (the joint table)", flat);
        double mi = 0;
        for (int x = 0; x < joint.length; x++) {
            for (int y = 0; y < cols; y++) {
                double pxy = joint[x][y];
                if (pxy > 0) {
                    mi += pxy * Math.log(pxy / (px[x] * py[y]));
                }
            }
        }
        return unit.fromNats(Math.max(mi, 0)); // >= 0 in exact arithmetic; clip a rounding -1e-17
    }

    /** Fails unless p is a probability vector: finite entries >= 0 summing to 1 (within 1e-9). */
    static void requireDistribution(String op, double[] p) {
        if (p.length == 0) {
            throw new IllegalArgumentException(op + ": the distribution is empty");
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
                throw new IllegalArgumentException(op + ": probability " + i + " is " + p[i] + "; must be in [0, 1]");
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: the probabilities sum to %.12g, not 1; normalise them first", op, sum));
        }
    }

    private static void requirePair(String op, double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException(op + ": p has " + p.length + " outcomes but q has " + q.length
                    + "; both must be over the same outcomes");
        }
        requireDistribution(op + " (p)", p);
        requireDistribution(op + " (q)", q);
    }
}
