package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QrDecompositionTest {

    @Test
    void fitsALineThroughThreePointsByHand() {
        // Points (0, 1), (1, 3), (2, 4); model y = b0 + b1 x. Normal equations [[3, 3], [3, 5]] b = [8, 11]
        // give b = (1/6) [[5, -3], [-3, 3]] [8, 11] = [7/6, 3/2].
        double[][] a = {{1, 0}, {1, 1}, {1, 2}};
        double[] b = QrDecomposition.of(a).solveLeastSquares(new double[] {1, 3, 4});
        assertArrayEquals(new double[] {7.0 / 6, 1.5}, b, 1e-14);
    }

    @Test
    void householderOfTwoByTwoByHand() {
        // Column 0 = (3, 4) of length 5 is reflected onto -5 e_0 (the sign opposite to a_00 = 3):
        // Q = -[[0.6, -0.8], [0.8, 0.6]] and R = Q^T A = [[-5, -(0.6*1 + 0.8*2)], [0, -(-0.8*1 + 0.6*2)]] = [[-5, -2.2], [0, -0.4]].
        QrDecomposition qr = QrDecomposition.of(new double[][] {{3, 1}, {4, 2}});
        assertArrayEquals(new double[] {-5, -2.2}, qr.r()[0], 1e-14);
        assertArrayEquals(new double[] {0, -0.4}, qr.r()[1], 1e-14);
        assertArrayEquals(new double[] {-0.6, 0.8}, qr.q()[0], 1e-15);
    }

    @Test
    void randomTallMatrixIsReconstructedByOrthonormalQTimesR() {
        double[][] a = RandomMatrices.normal(8, 3, 5);
        QrDecomposition qr = QrDecomposition.of(a);
        assertTrue(Matrices.maxAbsDifference(a, Matrices.multiply(qr.q(), qr.r())) < 1e-14);
        assertTrue(RandomMatrices.orthonormalityError(qr.q()) < 1e-15);
        double[][] r = qr.r();
        assertEquals(0, r[2][0]);
        assertEquals(0, r[2][1]);
    }

    @Test
    void leastSquaresResidualIsOrthogonalToTheColumns() {
        // The defining property of the minimiser: A^T (b - A x) = 0.
        double[][] a = RandomMatrices.normal(10, 4, 9);
        double[] b = RandomMatrices.normal(1, 10, 10)[0];
        double[] x = QrDecomposition.of(a).solveLeastSquares(b);
        double[] residual = Matrices.multiply(a, x);
        for (int i = 0; i < b.length; i++) {
            residual[i] = b[i] - residual[i];
        }
        double[] normal = Matrices.multiply(Matrices.transpose(a), residual);
        assertArrayEquals(new double[4], normal, 1e-13);
    }

    @Test
    void dependentColumnIsNamed() {
        // Column 2 = column 0 + column 1.
        double[][] a = {{1, 0, 1}, {0, 1, 1}, {1, 1, 2}, {2, 3, 5}};
        var e = assertThrows(SingularMatrixException.class,
                () -> QrDecomposition.of(a).solveLeastSquares(new double[] {1, 2, 3, 4}));
        assertEquals(2, e.pivotColumn());
        assertTrue(e.getMessage().contains("column 2 is a linear combination"), e.getMessage());
    }

    @Test
    void wideMatrixIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> QrDecomposition.of(new double[2][3]));
        assertTrue(e.getMessage().contains("shape [2, 3]"), e.getMessage());
    }
}
