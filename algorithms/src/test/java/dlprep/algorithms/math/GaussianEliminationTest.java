package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GaussianEliminationTest {

    @Test
    void solvesAThreeByThreeSystem() {
        // 2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3: the textbook system with x = 2, y = 3, z = -1
        double[][] a = {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
        GaussianElimination.Solution s = GaussianElimination.solve(a, new double[] {8, -11, -3});
        assertEquals(GaussianElimination.Kind.UNIQUE, s.kind());
        assertArrayEquals(new double[] {2, 3, -1}, s.x(), 1e-12);
        assertEquals(3, s.rank());
    }

    @Test
    void needsPivotingWhenTheFirstDiagonalEntryIsZero() {
        // 0x + y = 1, x + y = 3: without a row swap the first step divides by zero
        GaussianElimination.Solution s = GaussianElimination.solve(new double[][] {{0, 1}, {1, 1}}, new double[] {1, 3});
        assertArrayEquals(new double[] {2, 1}, s.x(), 1e-12);
    }

    @Test
    void singularSystemsHaveNoneOrInfinitelyManySolutions() {
        double[][] a = {{1, 2}, {2, 4}};   // rank 1
        GaussianElimination.Solution none = GaussianElimination.solve(a, new double[] {1, 3});
        assertEquals(GaussianElimination.Kind.NONE, none.kind());
        assertNull(none.x());
        GaussianElimination.Solution many = GaussianElimination.solve(a, new double[] {1, 2});
        assertEquals(GaussianElimination.Kind.INFINITE, many.kind());
        assertEquals(1, many.rank());
        assertArrayEquals(new double[] {1, 0}, many.x(), 1e-12);   // free y = 0, so x = 1
    }

    @Test
    void rankAndDeterminant() {
        assertEquals(2, GaussianElimination.rank(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
        assertEquals(0, GaussianElimination.rank(new double[][] {{0, 0}}));
        assertEquals(-2, GaussianElimination.determinant(new double[][] {{1, 2}, {3, 4}}), 1e-12);   // 1*4 - 2*3
        assertEquals(0, GaussianElimination.determinant(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}), 1e-12);
        assertEquals(-1, GaussianElimination.determinant(new double[][] {{0, 1}, {1, 0}}), 1e-12);   // one swap
    }

    @Test
    void randomSystemsAreSolvedToRoundingAccuracy() {
        Random random = new Random(4);
        for (int t = 0; t < 50; t++) {
            int n = 1 + random.nextInt(8);
            double[][] a = new double[n][n];
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextGaussian();
                for (int j = 0; j < n; j++) {
                    a[i][j] = random.nextGaussian();
                }
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i] += a[i][j] * x[j];
                }
            }
            assertArrayEquals(x, GaussianElimination.solve(a, b).x(), 1e-7);
        }
    }

    @Test
    void malformedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> GaussianElimination.solve(new double[][] {{1, 2}, {3}}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> GaussianElimination.solve(new double[][] {{1}}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> GaussianElimination.determinant(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> GaussianElimination.rank(new double[][] {{Double.NaN}}));
    }
}
