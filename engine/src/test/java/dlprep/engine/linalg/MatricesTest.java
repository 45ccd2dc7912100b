package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatricesTest {

    @Test
    void multipliesTwoByTwoByHand() {
        // [[1,2],[3,4]] [[5,6],[7,8]] = [[1*5+2*7, 1*6+2*8], [3*5+4*7, 3*6+4*8]] = [[19, 22], [43, 50]]
        double[][] c = Matrices.multiply(new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}});
        assertArrayEquals(new double[] {19, 22}, c[0]);
        assertArrayEquals(new double[] {43, 50}, c[1]);
    }

    @Test
    void multipliesARectangularMatrixByAVector() {
        // [[1,0,2],[0,1,-1]] [1,2,3] = [1+6, 2-3] = [7, -1]
        assertArrayEquals(new double[] {7, -1}, Matrices.multiply(new double[][] {{1, 0, 2}, {0, 1, -1}}, new double[] {1, 2, 3}));
    }

    @Test
    void identityIsNeutralForTheProduct() {
        double[][] a = RandomMatrices.normal(3, 4, 1);
        assertEquals(0, Matrices.maxAbsDifference(a, Matrices.multiply(Matrices.identity(3), a)));
        assertEquals(0, Matrices.maxAbsDifference(a, Matrices.multiply(a, Matrices.identity(4))));
    }

    @Test
    void transposeSwapsRowsAndColumnsAndReversesProducts() {
        double[][] t = Matrices.transpose(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new double[] {1, 4}, t[0]);
        assertArrayEquals(new double[] {3, 6}, t[2]);
        double[][] a = RandomMatrices.normal(2, 3, 2);
        double[][] b = RandomMatrices.normal(3, 4, 3);
        // (A B)^T = B^T A^T
        assertTrue(Matrices.maxAbsDifference(Matrices.transpose(Matrices.multiply(a, b)),
                Matrices.multiply(Matrices.transpose(b), Matrices.transpose(a))) < 1e-14);
    }

    @Test
    void mismatchedProductNamesBothShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.multiply(new double[2][3], new double[2][3]));
        assertTrue(e.getMessage().contains("multiply: shapes [2, 3] and [2, 3]"), e.getMessage());
        var v = assertThrows(IllegalArgumentException.class, () -> Matrices.multiply(new double[2][3], new double[2]));
        assertTrue(v.getMessage().contains("[2, 3] and [2]"), v.getMessage());
    }

    @Test
    void raggedRowsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.transpose(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1 has 1 entries but row 0 has 2"), e.getMessage());
    }
}
