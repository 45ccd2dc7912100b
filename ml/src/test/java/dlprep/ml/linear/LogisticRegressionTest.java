package dlprep.ml.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.tensor.Generator;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void symmetricPairSatisfiesTheStationarityConditionByHand() {
        // x = (-1, 1), y = (0, 1). By symmetry b = 0; the gradient in w is
        // (1/2) [(sigmoid(-w) - 0)(-1) + (sigmoid(w) - 1)(1)] + w / (2C) = -sigmoid(-w) + w / (2C),
        // so the optimum solves w = 2 C sigmoid(-w) (for C = 1, w = 0.6748...).
        double[][] x = {{-1}, {1}};
        int[] y = {0, 1};
        for (var solver : LogisticRegression.Solver.values()) {
            LogisticRegression m = new LogisticRegression(1, solver).fit(x, y);
            double w = m.weights()[0];
            assertEquals(2 * LogisticRegression.sigmoid(-w), w, 1e-7, solver.name()); // GD stops at a gradient of 1e-8
            assertEquals(0.6748, w, 1e-4);
            assertEquals(0, m.intercept(), 1e-8);
        }
    }

    @Test
    void unregularisedExampleOfTheNoteConvergesWhereTheNoteSays() {
        // notes/02-ml/05-logistic-regression.md, "牛顿法与 IRLS": x = (-2..2), y = (0, 0, 1, 0, 1); Newton by hand
        // reaches (b, w) = (-0.623, 1.090) in 4 steps. C = 1e12 makes the penalty negligible.
        double[][] x = {{-2}, {-1}, {0}, {1}, {2}};
        int[] y = {0, 0, 1, 0, 1};
        LogisticRegression newton = new LogisticRegression(1e12, LogisticRegression.Solver.NEWTON).fit(x, y);
        assertEquals(-0.623, newton.intercept(), 1e-3);
        assertEquals(1.090, newton.weights()[0], 1e-3);
        assertEquals(5, newton.iterations()); // to a gradient of 1e-10; the hand iteration stops at 1e-3 after 4
        // The note quotes the step count of gradient descent with the step 1/L on the same problem.
        LogisticRegression gd = new LogisticRegression(1e12, LogisticRegression.Solver.GRADIENT_DESCENT).fit(x, y);
        assertEquals(newton.weights()[0], gd.weights()[0], 1e-7);
        assertEquals(54, gd.iterations());
    }

    @Test
    void newtonAndGradientDescentReachTheSameOptimumNewtonInFewSteps() {
        Data d = overlappingBlobs(60, 5);
        LogisticRegression newton = new LogisticRegression(0.5, LogisticRegression.Solver.NEWTON).fit(d.x, d.y);
        LogisticRegression gd = new LogisticRegression(0.5, LogisticRegression.Solver.GRADIENT_DESCENT).fit(d.x, d.y);
        assertArrayEquals(newton.weights(), gd.weights(), 1e-6);
        assertEquals(newton.intercept(), gd.intercept(), 1e-6);
        assertTrue(newton.iterations() <= 10, "Newton took " + newton.iterations());
        assertTrue(gd.iterations() > 10 * newton.iterations(), "gradient descent took " + gd.iterations());
    }

    @Test
    void gradientOfTheObjectiveMatchesFiniteDifferences() {
        Data d = overlappingBlobs(20, 6);
        LogisticRegression m = new LogisticRegression(2, LogisticRegression.Solver.NEWTON);
        double[] theta = {0.3, -0.7, 0.2};
        double[] g = new double[3];
        m.objective(d.x, d.y, theta, g);
        double h = 1e-6;
        for (int k = 0; k < 3; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (m.objective(d.x, d.y, plus, new double[3]) - m.objective(d.x, d.y, minus, new double[3])) / (2 * h);
            assertEquals(numeric, g[k], 1e-8);
        }
    }

    @Test
    void strongerRegularisationShrinksTheWeights() {
        Data d = overlappingBlobs(60, 7);
        double weak = Math.abs(new LogisticRegression(100, LogisticRegression.Solver.NEWTON).fit(d.x, d.y).weights()[0]);
        double strong = Math.abs(new LogisticRegression(0.01, LogisticRegression.Solver.NEWTON).fit(d.x, d.y).weights()[0]);
        assertTrue(strong < weak / 5, strong + " vs " + weak);
    }

    @Test
    void classifiesSeparatedBlobs() {
        Data d = overlappingBlobs(40, 8);
        LogisticRegression m = new LogisticRegression(1, LogisticRegression.Solver.NEWTON).fit(d.x, d.y);
        assertArrayEquals(new int[] {0, 1}, m.predict(new double[][] {{-3, -3}, {3, 3}}));
        double[] p = m.predictProbability(new double[][] {{-3, -3}, {3, 3}});
        assertTrue(p[0] < 0.05 && p[1] > 0.95);
    }

    @Test
    void badLabelsAreNamed() {
        LogisticRegression m = new LogisticRegression(1, LogisticRegression.Solver.NEWTON);
        var single = assertThrows(IllegalArgumentException.class, () -> m.fit(new double[][] {{1}, {2}}, new int[] {1, 1}));
        assertTrue(single.getMessage().contains("every label is 1; a classifier needs at least two classes"),
                single.getMessage());
        var three = assertThrows(IllegalArgumentException.class,
                () -> m.fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 2}));
        assertTrue(three.getMessage().contains("use SoftmaxRegression"), three.getMessage());
        var c = assertThrows(IllegalArgumentException.class, () -> new LogisticRegression(0, LogisticRegression.Solver.NEWTON));
        assertTrue(c.getMessage().contains("C must be > 0"), c.getMessage());
        var unfitted = assertThrows(IllegalStateException.class, () -> m.predict(new double[][] {{1}}));
        assertTrue(unfitted.getMessage().contains("not fitted"), unfitted.getMessage());
    }

    record Data(double[][] x, int[] y) {
    }

    /** Two Gaussian blobs centred at (-1, -1) and (1, 1) with unit spread: overlapping, so the optimum is finite. */
    static Data overlappingBlobs(int n, long seed) {
        Generator g = new Generator(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double centre = y[i] == 1 ? 1 : -1;
            x[i][0] = centre + g.normal();
            x[i][1] = centre + g.normal();
        }
        return new Data(x, y);
    }
}
