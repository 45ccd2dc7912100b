package dlprep.ml.metrics;

/**
 * How well two partitions of the same points agree, corrected for chance (Hubert and Arabie, 1985): from the
 * contingency table nᵢⱼ with row sums aᵢ and column sums bⱼ,
 * ARI = (Σ C(nᵢⱼ,2) − E) / (½(Σ C(aᵢ,2) + Σ C(bⱼ,2)) − E), E = Σ C(aᵢ,2) Σ C(bⱼ,2) / C(n,2).
 * 1 for the same partition (whatever the label names), about 0 for random labels, and it can be negative.
 * When both partitions are the same trivial one (everything together, or everything apart) the formula is 0/0
 * and the answer is 1, as in scikit-learn's {@code adjusted_rand_score}.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    public static double of(int[] truth, int[] predicted) {
        Labels.requirePairs("adjusted Rand index", truth, predicted);
        int rows = Labels.classCount("adjusted Rand index", truth, predicted);
        long[][] table = new long[rows][rows];
        long[] a = new long[rows];
        long[] b = new long[rows];
        for (int i = 0; i < truth.length; i++) {
            table[truth[i]][predicted[i]]++;
            a[truth[i]]++;
            b[predicted[i]]++;
        }
        double together = 0;
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < rows; i++) {
            sumA += pairs(a[i]);
            sumB += pairs(b[i]);
            for (int j = 0; j < rows; j++) {
                together += pairs(table[i][j]);
            }
        }
        double expected = sumA * sumB / pairs(truth.length);
        double max = (sumA + sumB) / 2;
        if (truth.length < 2 || max == expected) {
            return 1;
        }
        return (together - expected) / (max - expected);
    }

    /** C(m, 2) = m(m − 1)/2, the number of pairs among m points. */
    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }
}
