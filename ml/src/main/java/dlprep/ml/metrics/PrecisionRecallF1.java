package dlprep.ml.metrics;

/**
 * Per-class precision TP/(TP+FP), recall TP/(TP+FN), their harmonic mean F1 = 2PR/(P+R), and the support
 * (true samples of the class), as scikit-learn's {@code precision_recall_fscore_support}.
 *
 * <p>Zero division: a class that is never predicted has precision 0, a class with no true samples has recall
 * 0, and F1 is 0 when P + R = 0. This is scikit-learn's default ({@code zero_division="warn"} returns 0), and
 * such a class still counts in the macro average, which it pulls down.
 */
public record PrecisionRecallF1(double[] precision, double[] recall, double[] f1, int[] support) {

    /** One averaged triple. */
    public record Average(double precision, double recall, double f1) {
    }

    public static PrecisionRecallF1 of(ConfusionMatrix m) {
        int k = m.classes();
        double[] precision = new double[k];
        double[] recall = new double[k];
        double[] f1 = new double[k];
        int[] support = new int[k];
        for (int c = 0; c < k; c++) {
            int tp = m.truePositives(c);
            precision[c] = ratio(tp, tp + m.falsePositives(c));
            recall[c] = ratio(tp, tp + m.falseNegatives(c));
            double sum = precision[c] + recall[c];
            f1[c] = sum == 0 ? 0 : 2 * precision[c] * recall[c] / sum;
            support[c] = m.support(c);
        }
        return new PrecisionRecallF1(precision, recall, f1, support);
    }

    public static PrecisionRecallF1 of(int[] truth, int[] predicted, int classes) {
        return of(ConfusionMatrix.of(truth, predicted, classes));
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** The unweighted mean over classes: every class counts the same, however rare. */
    public Average macro() {
        double p = 0;
        double r = 0;
        double f = 0;
        int k = precision.length;
        for (int c = 0; c < k; c++) {
            p += precision[c];
            r += recall[c];
            f += f1[c];
        }
        return new Average(p / k, r / k, f / k);
    }

    /**
     * The mean over classes weighted by support: frequent classes count more. Its F1 is the weighted mean of the
     * per-class F1s, not the harmonic mean of the weighted P and R, so it need not lie between them.
     */
    public Average weighted() {
        double p = 0;
        double r = 0;
        double f = 0;
        int n = 0;
        for (int c = 0; c < precision.length; c++) {
            p += support[c] * precision[c];
            r += support[c] * recall[c];
            f += support[c] * f1[c];
            n += support[c];
        }
        return new Average(p / n, r / n, f / n);
    }
}
