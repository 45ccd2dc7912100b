package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CuttingRopeTest {
    @Test
    void shortRopesMustStillBeCut() {
        assertEquals(1, CuttingRope.maxProduct(2)); // 1 * 1
        assertEquals(2, CuttingRope.maxProduct(3)); // 1 * 2
        assertEquals(4, CuttingRope.maxProduct(4)); // 2 * 2
        assertEquals(18, CuttingRope.maxProduct(8)); // 3 * 3 * 2
        assertEquals(36, CuttingRope.maxProduct(10)); // 3 * 3 * 2 * 2
    }

    @Test
    void agreesWithDynamicProgrammingOverTheFirstCut() {
        long[] best = new long[61]; // best[i]: the largest product for length i, cut or not
        for (int n = 2; n <= 60; n++) {
            long withCut = 0;
            for (int first = 1; first < n; first++) {
                withCut = Math.max(withCut, first * Math.max(n - first, best[n - first]));
            }
            best[n] = withCut;
            assertEquals(withCut, CuttingRope.maxProduct(n), "n = " + n);
        }
    }

    @Test
    void theLongestRopeWhoseProductFitsALong() {
        assertEquals(8_105_110_306_037_952_534L, CuttingRope.maxProduct(CuttingRope.MAX_N)); // 2 * 3^39
    }

    @Test
    void rejectsRopesThatCannotBeCutOrOverflow() {
        assertRejected(CuttingRope.class, () -> CuttingRope.maxProduct(1));
        assertRejected(CuttingRope.class, () -> CuttingRope.maxProduct(0));
        assertRejected(CuttingRope.class, () -> CuttingRope.maxProduct(CuttingRope.MAX_N + 1));
    }
}
