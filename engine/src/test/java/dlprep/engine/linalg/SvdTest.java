package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvdTest {

    @Test
    void singularValuesOfTwoByTwoByHand() {
        // A^T A = [[3*3 + 4*4, 4*5], [4*5, 5*5]] = [[25, 20], [20, 25]] has eigenvalues 45 and 5,
        // so s = sqrt(45) = 3 sqrt5 and sqrt5; V's columns are (1, 1)/sqrt2 and (1, -1)/sqrt2.
        Svd svd = Svd.of(new double[][] {{3, 0}, {4, 5}});
        assertArrayEquals(new double[] {3 * Math.sqrt(5), Math.sqrt(5)}, svd.singularValues(), 1e-14);
        double[][] vt = svd.vt();
        assertEquals(Math.sqrt(0.5), Math.abs(vt[0][0]), 1e-15);
        assertEquals(vt[0][0], vt[0][1], 1e-15);
    }

    @Test
    void randomTallAndWideMatricesAreReconstructedWithOrthonormalFactors() {
        for (double[][] a : new double[][][] {RandomMatrices.normal(9, 4, 31), RandomMatrices.normal(3, 6, 32)}) {
            Svd svd = Svd.of(a);
            int k = Math.min(a.length, a[0].length);
            assertEquals(k, svd.singularValues().length);
            assertTrue(Matrices.maxAbsDifference(a, svd.reconstruct()) < 1e-14);
            assertTrue(RandomMatrices.orthonormalityError(svd.u()) < 1e-14);
            assertTrue(RandomMatrices.orthonormalityError(Matrices.transpose(svd.vt())) < 1e-14);
        }
    }

    @Test
    void squaredSingularValuesAreTheEigenvaluesOfTheGramMatrix() {
        double[][] a = RandomMatrices.normal(12, 5, 33);
        double[] s = Svd.of(a).singularValues();
        double[] lambda = SymmetricEigen.of(Matrices.multiply(Matrices.transpose(a), a)).eigenvalues();
        for (int i = 0; i < 5; i++) {
            assertEquals(lambda[i], s[i] * s[i], 1e-12 * lambda[0]);
        }
    }

    @Test
    void rankDeficientMatrixGetsZerosAndStillOrthonormalU() {
        // The outer product u v^T has rank 1: s = (|u| |v|, 0, 0) = (sqrt(1+4+4+16) * sqrt(1+1+1), 0, 0) = (5 sqrt3, 0, 0).
        double[][] a = new double[4][3];
        double[] u = {1, 2, 2, 4};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = u[i];
            }
        }
        Svd svd = Svd.of(a);
        double[] s = svd.singularValues();
        assertEquals(5 * Math.sqrt(3), s[0], 1e-14);
        assertEquals(0, s[1], 1e-14);
        assertEquals(0, s[2], 1e-14);
        assertTrue(RandomMatrices.orthonormalityError(svd.u()) < 1e-14);
        assertTrue(Matrices.maxAbsDifference(a, svd.reconstruct()) < 1e-14);
    }

    @Test
    void nonFiniteEntryIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Svd.of(new double[][] {{1, Double.NaN}}));
        assertTrue(e.getMessage().contains("svd: a[0][1] is NaN"), e.getMessage());
    }
}
