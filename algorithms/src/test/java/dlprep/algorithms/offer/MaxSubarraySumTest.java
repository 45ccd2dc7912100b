package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MaxSubarraySumTest {
    @Test
    void findsTheBestContiguousRun() {
        assertEquals(18, MaxSubarraySum.maxSum(new int[] {1, -2, 3, 10, -4, 7, 2, -5})); // 3 + 10 - 4 + 7 + 2
    }

    @Test
    void allNegativeArraysGiveTheirLargestElement() {
        assertEquals(-1, MaxSubarraySum.maxSum(new int[] {-3, -1, -2}));
        assertEquals(Integer.MIN_VALUE, MaxSubarraySum.maxSum(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}));
    }

    @Test
    void oneElementAndSumsBeyondTheIntRange() {
        assertEquals(7, MaxSubarraySum.maxSum(new int[] {7}));
        assertEquals(2L * Integer.MAX_VALUE, MaxSubarraySum.maxSum(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void agreesWithTryingEverySubarray() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = new int[1 + rng.nextInt(12)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextInt(21) - 10;
            }
            long best = Long.MIN_VALUE;
            for (int i = 0; i < a.length; i++) {
                long sum = 0;
                for (int j = i; j < a.length; j++) {
                    sum += a[j];
                    best = Math.max(best, sum);
                }
            }
            assertEquals(best, MaxSubarraySum.maxSum(a));
        }
    }

    @Test
    void rejectsEmptyAndNullArrays() {
        assertRejected(MaxSubarraySum.class, () -> MaxSubarraySum.maxSum(new int[0]));
        assertRejected(MaxSubarraySum.class, () -> MaxSubarraySum.maxSum(null));
    }
}
