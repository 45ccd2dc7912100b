package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaximumProductSubarrayTest {

    @Test
    void findsTheExamples() {
        assertEquals(6, MaximumProductSubarray.maxProduct(new int[] {2, 3, -2, 4}));
        assertEquals(0, MaximumProductSubarray.maxProduct(new int[] {-2, 0, -1}));
        assertEquals(-3, MaximumProductSubarray.maxProduct(new int[] {-3}));
    }

    @Test
    void twoNegativesMakeAPositive() {
        assertEquals(24, MaximumProductSubarray.maxProduct(new int[] {-2, 3, -4}));
        assertEquals(12, MaximumProductSubarray.maxProduct(new int[] {-2, 0, -3, -4}));   // the zero resets
    }

    @Test
    void productsBeyondIntAndBeyondLong() {
        assertEquals((long) Integer.MAX_VALUE * Integer.MAX_VALUE,
                MaximumProductSubarray.maxProduct(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
        int big = Integer.MAX_VALUE;
        assertThrows(ArithmeticException.class, () -> MaximumProductSubarray.maxProduct(new int[] {big, big, big}));
        assertThrows(IllegalArgumentException.class, () -> MaximumProductSubarray.maxProduct(new int[0]));
    }

    @Test
    void agreesWithAllPairs() {
        Random random = new Random(152);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(1 + random.nextInt(9), -3, 4).toArray();
            long best = Long.MIN_VALUE;
            for (int i = 0; i < a.length; i++) {
                long p = 1;
                for (int j = i; j < a.length; j++) {
                    p *= a[j];
                    best = Math.max(best, p);
                }
            }
            assertEquals(best, MaximumProductSubarray.maxProduct(a), Arrays.toString(a));
        }
    }
}
