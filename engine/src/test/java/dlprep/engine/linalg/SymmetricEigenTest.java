package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void twoByTwoByHand() {
        // det([[2 - l, 1], [1, 2 - l]]) = (2 - l)^2 - 1 = 0  ->  l = 3, 1 with eigenvectors (1, 1)/sqrt2, (1, -1)/sqrt2.
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {3, 1}, e.eigenvalues(), 1e-15);
        double[][] v = e.eigenvectors();
        double h = Math.sqrt(0.5);
        assertEquals(h, Math.abs(v[0][0]), 1e-15);
        assertEquals(v[0][0], v[1][0], 1e-15);   // (1, 1) direction
        assertEquals(-v[0][1], v[1][1], 1e-15);  // (1, -1) direction
    }

    @Test
    void threeByThreeBlockByHand() {
        // The block [[3, 4], [4, 9]] has trace 12 and determinant 11: l = 6 +- sqrt(36 - 11) = 11, 1; plus 2.
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 0, 0}, {0, 3, 4}, {0, 4, 9}});
        assertArrayEquals(new double[] {11, 2, 1}, e.eigenvalues(), 1e-14);
        double[][] v = e.eigenvectors();
        assertEquals(1, Math.abs(v[0][1]), 1e-15); // eigenvalue 2 belongs to e_0
    }

    @Test
    void randomSymmetricMatrixIsReconstructed() {
        double[][] g = RandomMatrices.normal(7, 7, 21);
        double[][] a = Matrices.add(g, Matrices.transpose(g));
        SymmetricEigen e = SymmetricEigen.of(a);
        double[][] v = e.eigenvectors();
        double[] lambda = e.eigenvalues();
        double[][] vl = Matrices.copy(v);
        for (double[] row : vl) {
            for (int j = 0; j < 7; j++) {
                row[j] *= lambda[j];
            }
        }
        assertTrue(Matrices.maxAbsDifference(a, Matrices.multiply(vl, Matrices.transpose(v))) < 1e-13);
        assertTrue(RandomMatrices.orthonormalityError(v) < 1e-14);
        for (int i = 1; i < 7; i++) {
            assertTrue(lambda[i - 1] >= lambda[i]);
        }
    }

    @Test
    void nonSymmetricMatrixIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[][] {{1, 2}, {0, 1}}));
        assertTrue(e.getMessage().contains("eigh: the matrix is not symmetric"), e.getMessage());
    }
}
