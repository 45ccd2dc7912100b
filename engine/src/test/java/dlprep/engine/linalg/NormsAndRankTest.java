package dlprep.engine.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormsAndRankTest {

    private static final double[] X = {3, -4};

    @Test
    void vectorNormsOfThreeMinusFour() {
        assertEquals(7, Norms.l1(X));                                   // 3 + 4
        assertEquals(5, Norms.l2(X), 1e-15);                            // sqrt(9 + 16)
        assertEquals(Math.cbrt(91), Norms.lp(X, 3), 1e-14);             // (27 + 64)^(1/3)
        assertEquals(4, Norms.lInfinity(X));                            // max(3, 4)
        assertEquals(4, Norms.lp(X, Double.POSITIVE_INFINITY));
        assertEquals(4, Norms.lp(X, 200), 1e-2);                        // Lp -> L-infinity as p grows
    }

    @Test
    void l2DoesNotOverflowOnHugeEntries() {
        // Squaring 3e200 overflows to infinity; scaling by the largest entry first keeps 5e200.
        assertEquals(5e200, Norms.l2(new double[] {3e200, -4e200}), 1e186);
    }

    @Test
    void pBelowOneIsNotANorm() {
        var e = assertThrows(IllegalArgumentException.class, () -> Norms.lp(X, 0.5));
        assertTrue(e.getMessage().contains("p must be >= 1 (got 0.5)"), e.getMessage());
    }

    @Test
    void matrixNormsByHand() {
        double[][] a = {{1, -2}, {3, 4}};
        assertEquals(Math.sqrt(30), Norms.frobenius(a), 1e-15); // 1 + 4 + 9 + 16
        assertEquals(6, Norms.one(a));                          // columns: 1+3 = 4, 2+4 = 6
        assertEquals(7, Norms.infinity(a));                     // rows: 1+2 = 3, 3+4 = 7
        assertEquals(5, Norms.spectral(new double[][] {{3, 0}, {0, -5}}), 1e-15);
    }

    @Test
    void frobeniusIsTheL2OfTheSingularValues() {
        double[][] a = RandomMatrices.normal(5, 3, 41);
        double[] s = Svd.of(a).singularValues();
        assertEquals(Norms.l2(s), Norms.frobenius(a), 1e-13);
        assertEquals(s[0], Norms.spectral(a), 0);
    }

    @Test
    void conditionNumberIsTheRatioOfExtremeSingularValues() {
        assertEquals(4, Norms.conditionNumber(new double[][] {{2, 0}, {0, 0.5}}), 1e-15);
        assertEquals(1, Norms.conditionNumber(Matrices.identity(3)), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, Norms.conditionNumber(new double[][] {{1, 2}, {2, 4}}));
    }

    @Test
    void rankCountsIndependentColumns() {
        assertEquals(1, Rank.of(new double[][] {{1, 2}, {2, 4}}));               // column 2 = 2 * column 1
        assertEquals(2, Rank.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})); // row 3 = 2 row 2 - row 1
        assertEquals(3, Rank.of(Matrices.identity(3)));
        assertEquals(2, Rank.of(RandomMatrices.normal(2, 5, 43)));              // at most min(m, n)
        // With a loose tolerance a nearly dependent column counts as dependent.
        double[][] nearly = {{1, 1}, {1, 1 + 1e-9}};
        assertEquals(2, Rank.of(nearly));
        assertEquals(1, Rank.of(nearly, 1e-6));
    }
}
