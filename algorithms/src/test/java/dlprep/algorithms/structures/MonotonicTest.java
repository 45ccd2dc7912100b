package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The monotonic stack and queue against their quadratic definitions. */
class MonotonicTest {

    @Test
    void nextGreaterOfTemperatures() {
        // LeetCode 739's example: [73, 74, 75, 71, 69, 72, 76, 73]
        assertArrayEquals(new int[] {1, 2, 6, 5, 5, 6, -1, -1},
                MonotonicStack.nextGreater(new long[] {73, 74, 75, 71, 69, 72, 76, 73}));
        assertArrayEquals(new int[] {-1, -1}, MonotonicStack.nextGreater(new long[] {2, 2}));   // equal is not greater
        assertArrayEquals(new int[0], MonotonicStack.nextGreater(new long[0]));
    }

    @Test
    void largestRectangleOfLeetCode84() {
        assertEquals(10, MonotonicStack.largestRectangle(new long[] {2, 1, 5, 6, 2, 3}));   // 5 and 6: 2 * 5
        assertEquals(0, MonotonicStack.largestRectangle(new long[0]));
        assertEquals(9, MonotonicStack.largestRectangle(new long[] {3, 3, 3}));
        assertThrows(IllegalArgumentException.class, () -> MonotonicStack.largestRectangle(new long[] {1, -1}));
    }

    @Test
    void slidingWindowMaxOfLeetCode239() {
        assertArrayEquals(new long[] {3, 3, 5, 5, 6, 7},
                MonotonicQueue.slidingWindowMax(new long[] {1, 3, -1, -3, 5, 3, 6, 7}, 3));
        assertArrayEquals(new long[] {4}, MonotonicQueue.slidingWindowMax(new long[] {4}, 1));
        assertThrows(IllegalArgumentException.class, () -> MonotonicQueue.slidingWindowMax(new long[] {1, 2}, 3));
        assertThrows(IllegalArgumentException.class, () -> MonotonicQueue.slidingWindowMax(new long[] {1, 2}, 0));
    }

    @Test
    void randomArraysAgreeWithQuadraticScans() {
        Random random = new Random(11);
        for (int t = 0; t < 200; t++) {
            int n = 1 + random.nextInt(30);
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(6);   // few values: many duplicates
            }
            int[] next = MonotonicStack.nextGreater(a);
            long bestRect = 0;
            for (int i = 0; i < n; i++) {
                int expected = -1;
                for (int j = i + 1; j < n && expected < 0; j++) {
                    if (a[j] > a[i]) {
                        expected = j;
                    }
                }
                assertEquals(expected, next[i]);
                long min = Long.MAX_VALUE;
                for (int j = i; j < n; j++) {
                    min = Math.min(min, a[j]);
                    bestRect = Math.max(bestRect, min * (j - i + 1));
                }
            }
            assertEquals(bestRect, MonotonicStack.largestRectangle(a));
            int k = 1 + random.nextInt(n);
            long[] max = MonotonicQueue.slidingWindowMax(a, k);
            for (int i = 0; i + k <= n; i++) {
                long m = Long.MIN_VALUE;
                for (int j = i; j < i + k; j++) {
                    m = Math.max(m, a[j]);
                }
                assertEquals(m, max[i]);
            }
        }
    }
}
