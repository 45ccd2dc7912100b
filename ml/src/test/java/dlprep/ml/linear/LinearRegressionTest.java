package dlprep.ml.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.tensor.Generator;
import org.junit.jupiter.api.Test;

class LinearRegressionTest {

    private static final double[][] X = {{0}, {1}, {2}};
    private static final double[] Y = {1, 3, 4};

    @Test
    void fitsALineThroughThreePointsByHand() {
        // Centered: x_c = (-1, 0, 1), y_c = (1, 3, 4) - 8/3; slope = sum x_c y_c / sum x_c^2 = (4 - 1) / 2 = 3/2,
        // intercept = 8/3 - 3/2 * 1 = 7/6.
        for (var solver : LinearRegression.Solver.values()) {
            LinearRegression m = new LinearRegression(solver).fit(X, Y);
            assertArrayEquals(new double[] {1.5}, m.weights(), 1e-14, solver.name());
            assertEquals(7.0 / 6, m.intercept(), 1e-14, solver.name());
            assertArrayEquals(new double[] {7.0 / 6 + 4.5}, m.predict(new double[][] {{3}}), 1e-13);
        }
    }

    @Test
    void recoversAPlantedModelAndBothSolversAgree() {
        Generator g = new Generator(3);
        double[][] x = new double[50][3];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = g.normal();
            }
            y[i] = 2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 4; // noiseless
        }
        LinearRegression qr = new LinearRegression(LinearRegression.Solver.QR).fit(x, y);
        LinearRegression normal = new LinearRegression(LinearRegression.Solver.NORMAL_EQUATIONS).fit(x, y);
        assertArrayEquals(new double[] {2, -1, 0.5}, qr.weights(), 1e-13);
        assertEquals(4, qr.intercept(), 1e-13);
        assertArrayEquals(qr.weights(), normal.weights(), 1e-12);
    }

    @Test
    void duplicatedFeatureIsReportedAsDependent() {
        double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8.0}};
        var e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(x, new double[] {1, 2, 3, 4}));
        assertTrue(e.getMessage().contains("column 1 is a linear combination"), e.getMessage());
    }

    @Test
    void badInputNamesTheProblem() {
        var empty = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(new double[0][], new double[0]));
        assertTrue(empty.getMessage().contains("LinearRegression.fit: no samples"), empty.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> new LinearRegression().fit(new double[][] {{0}, {Double.NaN}, {2}}, Y));
        assertTrue(nan.getMessage().contains("row 1, feature 0 is NaN"), nan.getMessage());
        var counts = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(X, new double[] {1, 2}));
        assertTrue(counts.getMessage().contains("3 rows but 2 targets"), counts.getMessage());
        LinearRegression m = new LinearRegression().fit(X, Y);
        var features = assertThrows(IllegalArgumentException.class, () -> m.predict(new double[][] {{1, 2}}));
        assertTrue(features.getMessage().contains("row 0 has 2 features, expected 1 (as in fit)"), features.getMessage());
    }
}
