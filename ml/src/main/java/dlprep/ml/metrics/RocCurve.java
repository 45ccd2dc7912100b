package dlprep.ml.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The receiver operating characteristic of a binary scorer: for every threshold t, the false positive rate
 * FPR = FP/N and the true positive rate TPR = TP/P of the rule "predict 1 when score ≥ t".
 *
 * <p>Thresholds are the distinct scores, highest first, preceded by +∞ so the curve starts at (0, 0) (scikit-learn
 * 1.2 writes max + 1 there; later versions write +∞). Samples with equal scores cross the threshold together, so
 * a tie between a positive and a negative gives a diagonal step, whose trapezoid counts the pair as half right:
 * the area is then the probability that a random positive outscores a random negative, ties counting ½ (the
 * Mann-Whitney U statistic over P·N). This is scikit-learn's {@code roc_curve(drop_intermediate=False)} and
 * {@code roc_auc_score}; dropping collinear points, as scikit-learn does by default, would not change the area.
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {

    /** {@code truth[i]} is 0 or 1 and {@code score[i]} a finite score, higher meaning "more likely 1". */
    public static RocCurve of(int[] truth, double[] score) {
        if (truth.length != score.length) {
            throw new IllegalArgumentException("roc curve: " + truth.length + " labels but " + score.length
                    + " scores; give one score per sample");
        }
        int positives = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] != 0 && truth[i] != 1) {
                throw new IllegalArgumentException("roc curve: label " + truth[i] + " at sample " + i
                        + "; the curve is binary, use 0 and 1 (one class against the rest)");
            }
            if (!Double.isFinite(score[i])) {
                throw new IllegalArgumentException("roc curve: score " + score[i] + " at sample " + i
                        + "; scores must be finite numbers");
            }
            positives += truth[i];
        }
        int negatives = truth.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("roc curve: only one class present (" + positives + " positives, "
                    + negatives + " negatives); the ROC curve and its AUC need both");
        }
        Integer[] order = new Integer[truth.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        double[] fpr = new double[truth.length + 1];
        double[] tpr = new double[truth.length + 1];
        double[] thresholds = new double[truth.length + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        int tp = 0;
        int fp = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            tp += truth[i];
            fp += 1 - truth[i];
            boolean lastOfTie = r + 1 == order.length || score[order[r + 1]] != score[i];
            if (lastOfTie) {
                fpr[points] = (double) fp / negatives;
                tpr[points] = (double) tp / positives;
                thresholds[points] = score[i];
                points++;
            }
        }
        return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points), Arrays.copyOf(thresholds, points));
    }

    /** The area under the curve by the trapezoidal rule. */
    public double auc() {
        double area = 0;
        for (int j = 1; j < fpr.length; j++) {
            area += (fpr[j] - fpr[j - 1]) * (tpr[j] + tpr[j - 1]) / 2;
        }
        return area;
    }
}
