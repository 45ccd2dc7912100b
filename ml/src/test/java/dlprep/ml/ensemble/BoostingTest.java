package dlprep.ml.ensemble;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BoostingTest {

    static double[][] column(double... v) {
        double[][] x = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            x[i] = new double[]{v[i]};
        }
        return x;
    }

    @Test
    void adaBoostReweightsTheMistakesByTheHandComputedSay() {
        // x = 1..5, y = 0 0 1 1 0, weights 1/5. Round 1: the best Gini stump is x <= 2.5 (cost 0.6 * 4/9 = 0.267
        // against 0.4, 0.467, 0.4 for the other cuts); it misses x = 5: err = 0.2, alpha = ln(0.8/0.2) + ln(1) = ln 4.
        // x = 5's weight goes 0.2 -> 0.8, normalised: (1, 1, 1, 1, 4) / 8. Round 2: the cut x <= 4.5 costs
        // 0.5 * 0.5 + 0 = 0.25, the least; both its leaves predict 0 (left is a tie 0.25/0.25, resolved to 0),
        // so it misses the two 1s: err = 2/8 = 0.25, alpha = ln 3.
        double[][] x = column(1, 2, 3, 4, 5);
        AdaBoostSamme ada = new AdaBoostSamme(2, 1.0, 1).fit(x, new int[]{0, 0, 1, 1, 0});
        assertArrayEquals(new double[]{0.2, 0.25}, ada.estimatorErrors(), 1e-12);
        assertArrayEquals(new double[]{Math.log(4), Math.log(3)}, ada.estimatorWeights(), 1e-12);
        // vote: x > 2.5 gets ln 4 for class 1 against ln 3 for class 0
        assertArrayEquals(new int[]{0, 0, 1, 1, 1}, ada.predict(x));
    }

    @Test
    void sammeAddsLogKMinusOneForThreeClasses() {
        // x = 1..6, y = 0 0 1 1 2 2: a stump gets two of three classes right, err = 2/6; the say is
        // ln((2/3) / (1/3)) + ln(3 - 1) = ln 2 + ln 2 = ln 4 (two-class AdaBoost would give ln 2).
        AdaBoostSamme ada = new AdaBoostSamme(1, 1.0, 1).fit(column(1, 2, 3, 4, 5, 6), new int[]{0, 0, 1, 1, 2, 2});
        assertEquals(1.0 / 3, ada.estimatorErrors()[0], 1e-12);
        assertEquals(Math.log(4), ada.estimatorWeights()[0], 1e-12);
        // labels 0, 2, 3 (no class 1): K is the three classes present, not max label + 1 = 4
        AdaBoostSamme gap = new AdaBoostSamme(1, 1.0, 1).fit(column(1, 2, 3, 4, 5, 6), new int[]{0, 0, 2, 2, 3, 3});
        assertEquals(Math.log(4), gap.estimatorWeights()[0], 1e-12);
    }

    @Test
    void gradientBoostingRegressionShrinksTowardsTheLeafMeans() {
        // y = 1 2 10 11: F0 = mean = 6, residuals -5 -4 4 5, the depth-1 tree cuts at 2.5 with leaves -4.5, +4.5.
        // Stage 1 with lr 0.5: F = 6 -+ 2.25; residuals are now -+2.25 per leaf mean, stage 2 adds 0.5 * 2.25:
        // F = 6 -+ 3.375, i.e. 6 -+ 4.5 (1 - 0.5^2).
        GradientBoostingRegressor gb = new GradientBoostingRegressor(2, 0.5, 1)
                .fit(column(1, 2, 3, 4), new double[]{1, 2, 10, 11});
        assertArrayEquals(new double[]{2.625, 2.625, 9.375, 9.375}, gb.predict(column(1, 2, 3, 4)), 1e-12);
    }

    @Test
    void gradientBoostingBinaryLeafIsOneNewtonStep() {
        // y = 0 0 1 1: F0 = log(0.5/0.5) = 0, p = 1/2, residuals -1/2 -1/2 1/2 1/2; tree cut at 2.5.
        // Leaf value = sum r / sum p(1-p) = (1/2 + 1/2) / (1/4 + 1/4) = 2; with lr 1: F = -+2, P(1) = sigmoid(2).
        GradientBoostingClassifier gb = new GradientBoostingClassifier(1, 1.0, 1)
                .fit(column(1, 2, 3, 4), new int[]{0, 0, 1, 1});
        double s = 1 / (1 + Math.exp(-2));
        assertArrayEquals(new double[]{s, 1 - s}, gb.predictProba(column(1))[0], 1e-12);
        assertArrayEquals(new double[]{1 - s, s}, gb.predictProba(column(4))[0], 1e-12);
    }

    @Test
    void gradientBoostingMulticlassScalesTheNewtonStepByKMinusOneOverK() {
        // y = 0 1 2 at x = 1 2 3: F0 = log(1/3) for every class, p = 1/3. For class k the residual is 2/3 on
        // row k and -1/3 elsewhere; a depth-2 tree isolates each row. Leaf = (K-1)/K * r / (p(1-p)):
        // own row (2/3)(2/3)/(2/9) = 2, other rows (2/3)(-1/3)/(2/9) = -1. Row 0: F = log(1/3) + (2, -1, -1),
        // P(0) = e^2 / (e^2 + 2 e^-1).
        GradientBoostingClassifier gb = new GradientBoostingClassifier(1, 1.0, 2)
                .fit(column(1, 2, 3), new int[]{0, 1, 2});
        double p0 = Math.exp(2) / (Math.exp(2) + 2 * Math.exp(-1));
        double q = (1 - p0) / 2;
        assertArrayEquals(new double[]{p0, q, q}, gb.predictProba(column(1))[0], 1e-12);
        assertArrayEquals(new int[]{0, 1, 2}, gb.predict(column(1, 2, 3)));
    }
}
