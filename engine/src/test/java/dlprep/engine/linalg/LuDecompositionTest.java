package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuDecompositionTest {

    private static final double[][] A = {{2, 1}, {4, 3}};

    @Test
    void pivotsTheLargerEntryToTheTopByHand() {
        // |4| > |2|, so the rows swap: P A = [[4, 3], [2, 1]]; multiplier 2/4 = 0.5; u_22 = 1 - 0.5 * 3 = -0.5.
        LuDecomposition lu = LuDecomposition.of(A);
        assertArrayEquals(new int[] {1, 0}, lu.permutation());
        assertArrayEquals(new double[] {0.5, 1}, lu.lower()[1]);
        assertArrayEquals(new double[] {4, 3}, lu.upper()[0]);
        assertArrayEquals(new double[] {0, -0.5}, lu.upper()[1]);
    }

    @Test
    void determinantOfTwoByTwoAndThreeByThree() {
        // 2 * 3 - 1 * 4 = 2 (one swap: -1 * 4 * -0.5 = 2)
        assertEquals(2, LuDecomposition.of(A).determinant(), 1e-15);
        // Cofactors along row 0: 1 (5*10 - 6*8) - 2 (4*10 - 6*7) + 3 (4*8 - 5*7) = 2 + 4 - 9 = -3
        assertEquals(-3, LuDecomposition.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}).determinant(), 1e-12);
    }

    @Test
    void solvesAndInvertsTwoByTwoByHand() {
        // 2x + y = 3, 4x + 3y = 7  ->  x = y = 1
        assertArrayEquals(new double[] {1, 1}, LuDecomposition.of(A).solve(new double[] {3, 7}), 1e-15);
        // A^-1 = (1 / det) [[3, -1], [-4, 2]] = [[1.5, -0.5], [-2, 1]]
        double[][] inv = LuDecomposition.of(A).inverse();
        assertArrayEquals(new double[] {1.5, -0.5}, inv[0], 1e-15);
        assertArrayEquals(new double[] {-2, 1}, inv[1], 1e-15);
    }

    @Test
    void randomSystemsAreSolvedToRoundingLevel() {
        double[][] a = RandomMatrices.normal(6, 6, 7);
        double[][] inv = LuDecomposition.of(a).inverse();
        assertTrue(Matrices.maxAbsDifference(Matrices.multiply(a, inv), Matrices.identity(6)) < 1e-12);
        double[] x = {1, -2, 3, -4, 5, -6};
        double[] solved = LuDecomposition.of(a).solve(Matrices.multiply(a, x));
        assertArrayEquals(x, solved, 1e-11);
        // L U reproduces the permuted rows of A.
        LuDecomposition lu = LuDecomposition.of(a);
        double[][] product = Matrices.multiply(lu.lower(), lu.upper());
        int[] p = lu.permutation();
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(a[p[i]], product[i], 1e-14);
        }
    }

    @Test
    void singularMatrixNamesThePivotColumn() {
        // The second column is twice the first: elimination leaves u_22 = 4 - 2 * 2 = 0.
        LuDecomposition lu = LuDecomposition.of(new double[][] {{1, 2}, {2, 4}});
        assertTrue(lu.isSingular());
        assertEquals(0, lu.determinant(), 0.0);
        var e = assertThrows(SingularMatrixException.class, lu::inverse);
        assertEquals(1, e.pivotColumn());
        assertTrue(e.getMessage().contains("inverse: the [2, 2] matrix is singular: no usable pivot in column 1"),
                e.getMessage());
    }

    @Test
    void roundingNoiseOfAnExactZeroPivotCountsAsSingular() {
        // Row 3 = 2 * row 2 - row 1, but elimination in floating point leaves a pivot near 1e-16, not 0.
        LuDecomposition lu = LuDecomposition.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        assertTrue(lu.isSingular());
        assertEquals(2, assertThrows(SingularMatrixException.class, () -> lu.solve(new double[] {1, 2, 3})).pivotColumn());
        assertFalse(LuDecomposition.of(A).isSingular());
    }

    @Test
    void nonSquareAndMismatchedInputsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> LuDecomposition.of(new double[2][3]));
        assertTrue(e.getMessage().contains("lu: needs a square matrix, got shape [2, 3]"), e.getMessage());
        var b = assertThrows(IllegalArgumentException.class, () -> LuDecomposition.of(A).solve(new double[3]));
        assertTrue(b.getMessage().contains("solve: shapes [2, 2] and [3]"), b.getMessage());
    }
}
