package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntegerBreakTest {

    @Test
    void smallCasesMustSplit() {
        assertEquals(1, IntegerBreak.integerBreak(2));   // 1 + 1
        assertEquals(2, IntegerBreak.integerBreak(3));   // 1 + 2, not 3 itself
        assertEquals(4, IntegerBreak.integerBreak(4));   // 2 + 2
        assertEquals(36, IntegerBreak.integerBreak(10)); // 3 + 3 + 4 -> 3 * 3 * 4
    }

    @Test
    void agreesWithTheDpOverAllSplits() {
        long[] best = new long[59];
        for (int n = 2; n <= 58; n++) {
            for (int first = 1; first < n; first++) {
                // the rest is either kept whole or split further
                best[n] = Math.max(best[n], first * Math.max(n - first, best[n - first]));
            }
            assertEquals(best[n], IntegerBreak.integerBreak(n), "n = " + n);
        }
    }

    @Test
    void refusesNumbersOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> IntegerBreak.integerBreak(1));
        assertThrows(IllegalArgumentException.class, () -> IntegerBreak.integerBreak(59));   // 3^19 * 2 > MAX_VALUE
    }
}
