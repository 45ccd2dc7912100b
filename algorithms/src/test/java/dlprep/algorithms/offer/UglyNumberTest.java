package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UglyNumberTest {
    @Test
    void theFirstUglyNumbers() {
        long[] expected = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], UglyNumber.nth(i + 1));
        }
    }

    @Test
    void agreesWithTestingEachIntegerUpTo5000() {
        int index = 0;
        for (long x = 1; x <= 5000; x++) {
            long y = x;
            for (int p : new int[] {2, 3, 5}) {
                while (y % p == 0) {
                    y /= p;
                }
            }
            if (y == 1) {
                assertEquals(x, UglyNumber.nth(++index));
            }
        }
    }

    @Test
    void largeIndicesPastTheIntRange() {
        // Values from sorting every 2^i 3^j 5^k <= 2^63 - 1 in Python (12,691 of them).
        assertEquals(859_963_392L, UglyNumber.nth(1500));
        assertEquals(2_123_366_400L, UglyNumber.nth(1690));
        assertEquals(2_147_483_648L, UglyNumber.nth(1692)); // 2^31, the first beyond an int
        assertEquals(9_216_000_000_000_000_000L, UglyNumber.nth(UglyNumber.MAX_INDEX));
    }

    @Test
    void rejectsIndicesBelowOneAndBeyondTheLongRange() {
        assertRejected(UglyNumber.class, () -> UglyNumber.nth(0));
        assertRejected(UglyNumber.class, () -> UglyNumber.nth(UglyNumber.MAX_INDEX + 1));
        assertRejected(UglyNumber.class, () -> UglyNumber.nth(Integer.MAX_VALUE));
    }
}
