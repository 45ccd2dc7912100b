package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SumWithoutLoopsTest {
    @Test
    void agreesWithGaussFormula() {
        for (int n = 0; n <= 300; n++) {
            assertEquals(n * (n + 1) / 2, SumWithoutLoops.sum(n));
        }
        assertEquals(50_005_000, SumWithoutLoops.sum(SumWithoutLoops.MAX_N)); // 10000 * 10001 / 2
    }

    @Test
    void rejectsNegativeAndTooDeepN() {
        assertRejected(SumWithoutLoops.class, () -> SumWithoutLoops.sum(-1));
        assertRejected(SumWithoutLoops.class, () -> SumWithoutLoops.sum(SumWithoutLoops.MAX_N + 1));
    }
}
