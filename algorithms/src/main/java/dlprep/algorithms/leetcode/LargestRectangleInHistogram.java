package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Largest Rectangle in Histogram: bars of width 1 and the given heights stand side by side; return the area
 * of the largest axis-parallel rectangle inside the histogram.
 *
 * <p>Approach: a monotonic stack of bar indices with increasing heights. When a lower bar arrives, every
 * taller bar popped has found its right limit (the new bar) and its left limit (the bar below it on the
 * stack), so its widest rectangle is known. A virtual bar of height 0 at the end flushes the stack.
 *
 * <p>Complexity: O(n) time (each index is pushed and popped once), O(n) space; trying every pair is O(n^2).
 *
 * <p>Pitfall: forgetting to flush the stack at the end (an increasing histogram then yields 0), and the
 * width after a pop: it is {@code i - stack.peek() - 1}, or {@code i} when the stack is empty. The area is
 * a long: a tall bar times a wide span overflows an int.
 */
public final class LargestRectangleInHistogram {

    private LargestRectangleInHistogram() {
    }

    public static long largestRectangleArea(int[] heights) {
        Deque<Integer> stack = new ArrayDeque<>();
        long best = 0;
        for (int i = 0; i <= heights.length; i++) {
            int h = i == heights.length ? 0 : heights[i];
            if (h < 0) {
                throw new IllegalArgumentException("largestRectangleArea: heights must be >= 0, got " + h + " at index " + i);
            }
            while (!stack.isEmpty() && heights[stack.peek()] >= h) {
                long height = heights[stack.pop()];
                int width = stack.isEmpty() ? i : i - stack.peek() - 1;
                best = Math.max(best, height * width);
            }
            stack.push(i);
        }
        return best;
    }
}
