package dlprep.ml.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RidgeTest {

    @Test
    void shrinksTheSlopeButNotTheInterceptByHand() {
        // x_c = (-1, 0, 1), sum x_c^2 = 2, sum x_c y_c = 3: slope = 3 / (2 + alpha) = 1 for alpha = 1;
        // intercept = mean(y) - slope * mean(x) = 8/3 - 1 = 5/3 (unpenalised, so the line still passes through the means).
        Ridge m = new Ridge(1).fit(new double[][] {{0}, {1}, {2}}, new double[] {1, 3, 4});
        assertArrayEquals(new double[] {1}, m.weights(), 1e-14);
        assertEquals(5.0 / 3, m.intercept(), 1e-14);
    }

    @Test
    void alphaZeroIsOrdinaryLeastSquares() {
        double[][] x = {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {0, 3}};
        double[] y = {1, 2, 2.5, 4, 5};
        assertArrayEquals(new LinearRegression().fit(x, y).weights(), new Ridge(0).fit(x, y).weights(), 1e-12);
    }

    @Test
    void solvesCollinearAndWideProblemsThatLeastSquaresCannot() {
        // Two identical columns: by symmetry the penalty splits the weight evenly, w1 = w2.
        double[][] x = {{1, 1}, {2, 2}, {3, 3}};
        Ridge m = new Ridge(0.1).fit(x, new double[] {2, 4, 6});
        assertEquals(m.weights()[0], m.weights()[1], 1e-12);
        // (X_c^T X_c + 0.1 I) w = X_c^T y_c with X_c^T X_c = [[2, 2], [2, 2]], X_c^T y_c = (4, 4): 4.1 w = 4.
        assertEquals(4 / 4.1, m.weights()[0], 1e-12);
    }

    @Test
    void negativeAlphaIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Ridge(-1));
        assertTrue(e.getMessage().contains("alpha must be finite and >= 0, got -1"), e.getMessage());
    }
}
