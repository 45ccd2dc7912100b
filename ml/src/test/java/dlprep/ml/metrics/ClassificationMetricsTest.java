package dlprep.ml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationMetricsTest {

    // six samples, three classes: rows of the confusion matrix are (2 1 0), (0 1 1), (0 0 1)
    private static final int[] TRUTH = {0, 0, 0, 1, 1, 2};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2};

    @Test
    void confusionMatrixCountsTruthByRowAndPredictionByColumn() {
        ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PREDICTED);
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}, m.counts());
        assertEquals(1, m.falsePositives(1)); // column 1 off the diagonal: the 0 predicted as 1
        assertEquals(1, m.falseNegatives(0)); // row 0 off the diagonal
        assertEquals(3, m.support(0));
    }

    @Test
    void accuracyIsTheDiagonalOverTheTotal() {
        // 4 of 6 on the diagonal
        assertEquals(4.0 / 6, Accuracy.of(TRUTH, PREDICTED), 1e-15);
        assertEquals(4.0 / 6, ConfusionMatrix.of(TRUTH, PREDICTED).accuracy(), 1e-15);
    }

    @Test
    void precisionRecallAndF1PerClassByHand() {
        PrecisionRecallF1 s = PrecisionRecallF1.of(TRUTH, PREDICTED, 3);
        // class 0: TP 2, FP 0, FN 1 -> P 1, R 2/3, F1 = 2(2/3)/(5/3) = 0.8
        // class 1: TP 1, FP 1, FN 1 -> P 1/2, R 1/2, F1 1/2
        // class 2: TP 1, FP 1, FN 0 -> P 1/2, R 1, F1 = 1/1.5 = 2/3
        assertArrayEquals(new double[] {1, 0.5, 0.5}, s.precision(), 1e-15);
        assertArrayEquals(new double[] {2.0 / 3, 0.5, 1}, s.recall(), 1e-15);
        assertArrayEquals(new double[] {0.8, 0.5, 2.0 / 3}, s.f1(), 1e-15);
        assertArrayEquals(new int[] {3, 2, 1}, s.support());
    }

    @Test
    void macroAveragesClassesEquallyAndWeightedBySupport() {
        PrecisionRecallF1 s = PrecisionRecallF1.of(TRUTH, PREDICTED, 3);
        // macro: P (1 + .5 + .5)/3 = 2/3, R (2/3 + .5 + 1)/3 = 13/18, F1 (.8 + .5 + 2/3)/3 = 0.65556
        assertEquals(new PrecisionRecallF1.Average(2.0 / 3, 13.0 / 18, (0.8 + 0.5 + 2.0 / 3) / 3), s.macro());
        // weighted by support 3, 2, 1: P (3 + 1 + .5)/6 = .75, R (2 + 1 + 1)/6 = 2/3, F1 (2.4 + 1 + 2/3)/6 = 0.67778
        // (scikit-learn 1.2.1 prints 0.75, 0.6667, 0.6778 for the same arrays)
        PrecisionRecallF1.Average w = s.weighted();
        assertEquals(0.75, w.precision(), 1e-15);
        assertEquals(2.0 / 3, w.recall(), 1e-15);
        assertEquals((2.4 + 1 + 2.0 / 3) / 6, w.f1(), 1e-15);
    }

    @Test
    void aClassNeverSeenScoresZeroAndStillCountsInTheMacroAverage() {
        // with a fourth class that is neither true nor predicted, P = R = F1 = 0 for it (0/0 set to 0)
        PrecisionRecallF1 s = PrecisionRecallF1.of(TRUTH, PREDICTED, 4);
        assertEquals(0, s.precision()[3]);
        assertEquals(0, s.recall()[3]);
        assertEquals(0, s.f1()[3]);
        // macro F1 (.8 + .5 + 2/3 + 0)/4 = 0.49167, scikit-learn's value with labels=[0, 1, 2, 3]
        assertEquals((0.8 + 0.5 + 2.0 / 3) / 4, s.macro().f1(), 1e-15);
        assertEquals((2.4 + 1 + 2.0 / 3) / 6, s.weighted().f1(), 1e-15); // support 0: no weight
    }

    @Test
    void rocCurveStepsThroughDistinctScoresAndATieMakesADiagonal() {
        // positives score 0.5 and 0.9, negatives 0.5 and 0.2
        RocCurve roc = RocCurve.of(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9});
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.9, 0.5, 0.2}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.fpr()); // the tied 0.5 pair moves both rates at once
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.tpr());
        // pairs (positive, negative): (.9,.5) (.9,.2) (.5,.2) won, (.5,.5) tied = 1/2 -> 3.5/4 = 0.875
        assertEquals(0.875, roc.auc(), 1e-15);
    }

    @Test
    void aucOfTheScikitLearnDocumentationExample() {
        // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75 in scikit-learn's user guide:
        // pairs won (.35,.1) (.8,.1) (.8,.4), lost (.35,.4) -> 3/4
        assertEquals(0.75, RocCurve.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}).auc(), 1e-15);
    }

    @Test
    void badInputIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Accuracy.of(new int[] {0, 1}, new int[] {0}));
        assertTrue(e.getMessage().contains("2 true labels but 1 predicted"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Accuracy.of(new int[0], new int[0]));
        assertTrue(e.getMessage().contains("no samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 2));
        assertTrue(e.getMessage().contains("true label 3 at sample 1 is outside 0..1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {1, 1}, new double[] {0.2, 0.3}));
        assertTrue(e.getMessage().contains("only one class present"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.2, Double.NaN}));
        assertTrue(e.getMessage().contains("score NaN at sample 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 2}, new double[] {0.2, 0.3}));
        assertTrue(e.getMessage().contains("label 2 at sample 1"), e.getMessage());
    }
}
