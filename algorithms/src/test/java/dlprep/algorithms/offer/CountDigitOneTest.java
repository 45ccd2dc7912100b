package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountDigitOneTest {
    @Test
    void smallRanges() {
        assertEquals(0, CountDigitOne.count(0));
        assertEquals(1, CountDigitOne.count(1));
        assertEquals(6, CountDigitOne.count(13)); // 1, 10, 11 (two), 12, 13
        assertEquals(21, CountDigitOne.count(100)); // 10 in the units, 10 in the tens (10..19), 1 in 100
    }

    @Test
    void agreesWithCountingDigitByDigitUpTo10000() {
        long ones = 0;
        for (int n = 1; n <= 10_000; n++) {
            for (int x = n; x > 0; x /= 10) {
                if (x % 10 == 1) {
                    ones++;
                }
            }
            assertEquals(ones, CountDigitOne.count(n), "n = " + n);
        }
    }

    @Test
    void theLargestIntDoesNotOverflow() {
        // 2971027783 > Integer.MAX_VALUE; the same formula evaluated in Python's unbounded ints.
        assertEquals(2_971_027_783L, CountDigitOne.count(Integer.MAX_VALUE));
    }

    @Test
    void rejectsNegativeN() {
        assertRejected(CountDigitOne.class, () -> CountDigitOne.count(-1));
        assertRejected(CountDigitOne.class, () -> CountDigitOne.count(Integer.MIN_VALUE));
    }
}
