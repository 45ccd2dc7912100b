package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LargestRectangleInHistogramTest {

    @Test
    void findsTheExampleRectangle() {
        assertEquals(10, LargestRectangleInHistogram.largestRectangleArea(new int[] {2, 1, 5, 6, 2, 3}));   // 5 and 6: 2 * 5
        assertEquals(0, LargestRectangleInHistogram.largestRectangleArea(new int[0]));
        assertEquals(4, LargestRectangleInHistogram.largestRectangleArea(new int[] {4}));
    }

    @Test
    void increasingBarsAreFlushedAtTheEnd() {
        assertEquals(9, LargestRectangleInHistogram.largestRectangleArea(new int[] {1, 2, 3, 4, 5}));   // 3 * 3
        assertEquals(12, LargestRectangleInHistogram.largestRectangleArea(new int[] {3, 3, 3, 3}));     // equal heights
    }

    @Test
    void areaBeyondIntRange() {
        int h = Integer.MAX_VALUE;
        assertEquals(3L * h, LargestRectangleInHistogram.largestRectangleArea(new int[] {h, h, h}));
    }

    @Test
    void agreesWithTryingEveryRange() {
        Random random = new Random(84);
        for (int t = 0; t < 500; t++) {
            int[] heights = random.ints(random.nextInt(10), 0, 6).toArray();
            long best = 0;
            for (int i = 0; i < heights.length; i++) {
                int min = Integer.MAX_VALUE;
                for (int j = i; j < heights.length; j++) {
                    min = Math.min(min, heights[j]);
                    best = Math.max(best, (long) min * (j - i + 1));
                }
            }
            assertEquals(best, LargestRectangleInHistogram.largestRectangleArea(heights), Arrays.toString(heights));
        }
    }

    @Test
    void refusesNegativeHeights() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LargestRectangleInHistogram.largestRectangleArea(new int[] {1, -2}));
        assertTrue(e.getMessage().contains("-2 at index 1"));
    }
}
