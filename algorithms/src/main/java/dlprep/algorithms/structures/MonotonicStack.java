package dlprep.algorithms.structures;

import java.util.Arrays;

/**
 * Monotonic stack: scan left to right keeping a stack of indices whose values strictly decrease; a new value
 * pops every smaller one, and the popped index has just found its next greater element. Each index is pushed
 * and popped at most once, so O(n) for the whole scan although one step may pop many. The same scan with an
 * increasing stack finds, for each bar of a histogram, how far it extends: the largest rectangle.
 */
public final class MonotonicStack {

    private MonotonicStack() {
    }

    /** For each i, the index of the first j > i with a[j] > a[i], or -1 if there is none. */
    public static int[] nextGreater(long[] a) {
        int[] next = new int[a.length];
        Arrays.fill(next, -1);
        int[] stack = new int[a.length];
        int top = 0;
        for (int i = 0; i < a.length; i++) {
            while (top > 0 && a[stack[top - 1]] < a[i]) {
                next[stack[--top]] = i;
            }
            stack[top++] = i;
        }
        return next;
    }

    /**
     * The largest rectangle under a histogram of bars of width 1 (LeetCode 84). A bar popped at index i by a
     * lower bar spans from just after the bar below it on the stack to i - 1.
     */
    public static long largestRectangle(long[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            long h = i == n ? -1 : heights[i];   // a sentinel below everything empties the stack at the end
            if (i < n && h < 0) {
                throw new IllegalArgumentException("largestRectangle: height " + h + " at index " + i + " is negative");
            }
            while (top > 0 && heights[stack[top - 1]] >= h) {
                long height = heights[stack[--top]];
                int left = top == 0 ? -1 : stack[top - 1];
                best = Math.max(best, height * (i - left - 1));
            }
            stack[top++] = i;
        }
        return best;
    }
}
