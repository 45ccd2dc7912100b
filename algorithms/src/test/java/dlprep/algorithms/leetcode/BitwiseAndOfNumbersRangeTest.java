package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BitwiseAndOfNumbersRangeTest {

    @Test
    void keepsTheCommonPrefix() {
        assertEquals(4, BitwiseAndOfNumbersRange.rangeBitwiseAnd(5, 7));   // 101 & 110 & 111 = 100
        assertEquals(0, BitwiseAndOfNumbersRange.rangeBitwiseAnd(0, 0));
        assertEquals(0, BitwiseAndOfNumbersRange.rangeBitwiseAnd(1, 2_147_483_647));
        assertEquals(9, BitwiseAndOfNumbersRange.rangeBitwiseAnd(9, 9));
    }

    @Test
    void theTopOfTheIntRangeTerminates() {
        // a for loop with i++ up to MAX_VALUE would wrap and never stop
        assertEquals(Integer.MAX_VALUE - 1, BitwiseAndOfNumbersRange.rangeBitwiseAnd(Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
    }

    @Test
    void refusesNegativeOrReversedRanges() {
        assertThrows(IllegalArgumentException.class, () -> BitwiseAndOfNumbersRange.rangeBitwiseAnd(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> BitwiseAndOfNumbersRange.rangeBitwiseAnd(4, 3));
    }

    @Test
    void agreesWithAndingTheRange() {
        Random random = new Random(201);
        for (int t = 0; t < 1000; t++) {
            int left = random.nextInt(1 << 12);
            int right = left + random.nextInt(64);
            int expected = -1;
            for (int i = left; i <= right; i++) {
                expected &= i;
            }
            assertEquals(expected, BitwiseAndOfNumbersRange.rangeBitwiseAnd(left, right), left + ".." + right);
        }
    }
}
