package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Test
    void factorsTwoByTwoByHand() {
        // l11 = sqrt(4) = 2, l21 = 2 / 2 = 1, l22 = sqrt(3 - 1^2) = sqrt(2)
        double[][] l = Cholesky.of(new double[][] {{4, 2}, {2, 3}}).lower();
        assertArrayEquals(new double[] {2, 0}, l[0], 1e-15);
        assertArrayEquals(new double[] {1, Math.sqrt(2)}, l[1], 1e-15);
        assertEquals(8, Cholesky.of(new double[][] {{4, 2}, {2, 3}}).determinant(), 1e-14); // 4*3 - 2*2
    }

    @Test
    void reconstructsAndSolvesARandomPositiveDefiniteMatrix() {
        double[][] a = RandomMatrices.symmetricPositiveDefinite(5, 11);
        Cholesky c = Cholesky.of(a);
        double[][] l = c.lower();
        assertTrue(Matrices.maxAbsDifference(a, Matrices.multiply(l, Matrices.transpose(l))) < 1e-13);
        double[] x = {1, 2, 3, 4, 5};
        assertArrayEquals(x, c.solve(Matrices.multiply(a, x)), 1e-12);
        assertEquals(LuDecomposition.of(a).determinant(), c.determinant(), 1e-9 * Math.abs(c.determinant()));
    }

    @Test
    void indefiniteMatrixNamesTheFailingColumn() {
        // Eigenvalues 3 and -1; the second pivot is 1 - 2^2 / 1 = -3.
        var e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(new double[][] {{1, 2}, {2, 1}}));
        assertTrue(e.getMessage().contains("not positive definite: the pivot of column 1 is -3"), e.getMessage());
    }

    @Test
    void nonSymmetricMatrixIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Cholesky.of(new double[][] {{4, 1}, {2, 3}}));
        assertTrue(e.getMessage().contains("not symmetric: a[1][0] = 2.0 but a[0][1] = 1.0"), e.getMessage());
    }
}
