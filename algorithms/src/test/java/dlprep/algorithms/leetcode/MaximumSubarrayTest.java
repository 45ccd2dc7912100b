package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaximumSubarrayTest {

    @Test
    void findsTheExample() {
        assertEquals(6, MaximumSubarray.maxSubArray(new int[] {-2, 1, -3, 4, -1, 2, 1, -5, 4}));   // 4 - 1 + 2 + 1
        assertEquals(1, MaximumSubarray.maxSubArray(new int[] {1}));
    }

    @Test
    void allNegativeArraysAnswerTheLargestElement() {
        assertEquals(-1, MaximumSubarray.maxSubArray(new int[] {-3, -1, -2}));
        assertEquals(Integer.MIN_VALUE, MaximumSubarray.maxSubArray(new int[] {Integer.MIN_VALUE}));
    }

    @Test
    void sumsBeyondIntRange() {
        assertEquals(2L * Integer.MAX_VALUE, MaximumSubarray.maxSubArray(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void refusesAnEmptyArray() {
        assertThrows(IllegalArgumentException.class, () -> MaximumSubarray.maxSubArray(new int[0]));
    }

    @Test
    void agreesWithAllPairs() {
        Random random = new Random(53);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(1 + random.nextInt(10), -5, 6).toArray();
            long best = Long.MIN_VALUE;
            for (int i = 0; i < a.length; i++) {
                long sum = 0;
                for (int j = i; j < a.length; j++) {
                    sum += a[j];
                    best = Math.max(best, sum);
                }
            }
            assertEquals(best, MaximumSubarray.maxSubArray(a), Arrays.toString(a));
        }
    }
}
