package dlprep.lab.ch1;

import dlprep.lab.math.OnesSolution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeastSquaresTest {

    @Test
    void solvesAnOverdeterminedSystemByHand() {
        // Fitting y = c0 + c1 t to (0, 1), (1, 3), (2, 4): the normal equations [3 3; 3 5] c = [8; 11] give
        // c = (7/6, 3/2).
        double[][] a = {{1, 0}, {1, 1}, {1, 2}};
        double[] b = {1, 3, 4};
        assertArrayEquals(new double[] {7.0 / 6, 1.5}, LeastSquares.qr(a, b), 1e-14);
        assertArrayEquals(new double[] {7.0 / 6, 1.5}, LeastSquares.normalEquations(a, b), 1e-14);
    }

    @Test
    void qrMatchesNormalEquationsOnAWellConditionedProblem() {
        double[][] a = new double[40][3];
        double[] b = new double[40];
        for (int i = 0; i < 40; i++) {
            a[i][0] = 1;
            a[i][1] = Math.sin(i);
            a[i][2] = Math.cos(3 * i);
            b[i] = 0.5 - 2 * a[i][1] + 3 * a[i][2] + 0.01 * Math.sin(7 * i);
        }
        assertTrue(LeastSquares.conditionNumber(a) < 10, "columns close to orthogonal");
        assertArrayEquals(LeastSquares.normalEquations(a, b), LeastSquares.qr(a, b), 1e-12);
    }

    @Test
    void qrStaysAccurateWhereNormalEquationsLoseDigits() {
        // The polynomial basis 1, t, ..., t^11 at 50 points of [0, 1] has cond(A) of about 1.2e8 (NumPy's
        // np.linalg.cond gives 1.17e8), so cond(A^T A) is about 1e16 = 1 / eps: the normal equations keep no
        // correct digit to speak of, QR about eight. The data fit exactly with every coefficient 1.
        double[][] a = LinearRegressionClosedForm.vandermonde(50, 12);
        double[] b = OnesSolution.rightHandSide(a);
        double cond = LeastSquares.conditionNumber(a);
        assertEquals(1.17e8, cond, 0.02e8);
        double qrError = OnesSolution.error(LeastSquares.qr(a, b));
        double normalError = OnesSolution.error(LeastSquares.normalEquations(a, b));
        assertTrue(qrError < 1e-6, "QR error " + qrError);
        assertTrue(normalError > 1e4 * qrError, "normal equations error " + normalError + " vs QR " + qrError);
    }

    @Test
    void rankDeficientMatricesAreRejected() {
        double[][] a = {{1, 2}, {2, 4}, {3, 6}};
        var e = assertThrows(IllegalArgumentException.class, () -> LeastSquares.qr(a, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("column 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LeastSquares.qr(new double[][] {{1, 2}}, new double[] {1}));
        assertTrue(e.getMessage().contains("1 equations cannot determine 2 unknowns"), e.getMessage());
    }
}
