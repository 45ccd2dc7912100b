package dlprep.ml.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.tensor.Generator;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    @Test
    void twoClassesAreBinaryLogisticRegressionWithCDoubled() {
        // At the optimum w_1 = -w_0, so the penalty ||w_0||^2 + ||w_1||^2 = ||w_1 - w_0||^2 / 2: softmax with C is
        // logistic regression with 2C on the difference w = w_1 - w_0, b = b_1 - b_0.
        LogisticRegressionTest.Data d = LogisticRegressionTest.overlappingBlobs(60, 11);
        SoftmaxRegression softmax = new SoftmaxRegression(0.5, 50_000, 1e-10).fit(d.x(), d.y());
        LogisticRegression logistic = new LogisticRegression(1.0, LogisticRegression.Solver.NEWTON).fit(d.x(), d.y());
        double[][] w = softmax.weights();
        for (int j = 0; j < 2; j++) {
            assertEquals(logistic.weights()[j], w[1][j] - w[0][j], 1e-7);
            assertEquals(-w[0][j], w[1][j], 1e-7);
        }
        assertEquals(logistic.intercept(), softmax.intercepts()[1] - softmax.intercepts()[0], 1e-7);
        assertTrue(softmax.converged());
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double[][] x = {{1, 2}, {-1, 0.5}, {0.3, -2}, {2, 2}};
        int[] y = {0, 2, 1, 2};
        SoftmaxRegression m = new SoftmaxRegression(0.7);
        Generator gen = new Generator(5);
        double[] theta = new double[9];
        for (int k = 0; k < 9; k++) {
            theta[k] = gen.normal();
        }
        double[] g = new double[9];
        m.gradient(x, y, 3, theta, g);
        double h = 1e-6;
        for (int k = 0; k < 9; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (m.gradient(x, y, 3, plus, new double[9]) - m.gradient(x, y, 3, minus, new double[9])) / (2 * h);
            assertEquals(numeric, g[k], 1e-8);
        }
    }

    @Test
    void separatesThreeBlobsAndProbabilitiesSumToOne() {
        Generator g = new Generator(13);
        double[][] centres = {{0, 4}, {-4, -2}, {4, -2}};
        double[][] x = new double[90][2];
        int[] y = new int[90];
        for (int i = 0; i < 90; i++) {
            y[i] = i % 3;
            x[i][0] = centres[y[i]][0] + g.normal();
            x[i][1] = centres[y[i]][1] + g.normal();
        }
        SoftmaxRegression m = new SoftmaxRegression(1).fit(x, y);
        assertArrayEquals(new int[] {0, 1, 2}, m.predict(centres));
        for (double[] row : m.predictProbabilities(x)) {
            assertEquals(1, row[0] + row[1] + row[2], 1e-12);
        }
    }

    @Test
    void hugeInputsDoNotOverflow() {
        // Logits near 1e4 would overflow a naive exp; the engine's log-softmax subtracts the row maximum first.
        double[][] x = {{1e4}, {-1e4}};
        SoftmaxRegression m = new SoftmaxRegression(1, 200, 1e-6).fit(x, new int[] {1, 0});
        for (double[] row : m.predictProbabilities(x)) {
            assertTrue(Double.isFinite(row[0]) && Double.isFinite(row[1]));
        }
        assertArrayEquals(new int[] {1, 0}, m.predict(x));
    }

    @Test
    void mismatchedFeatureCountIsNamed() {
        SoftmaxRegression m = new SoftmaxRegression(1).fit(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1});
        var e = assertThrows(IllegalArgumentException.class, () -> m.predict(new double[][] {{1, 2, 3}}));
        assertTrue(e.getMessage().contains("SoftmaxRegression.predict: row 0 has 3 features, expected 2"), e.getMessage());
    }
}
