package dlprep.algorithms.leetcode;

/**
 * Container With Most Water: vertical lines of the given heights stand at x = 0, 1, ...; two of them with
 * the x-axis form a container; return the largest area of water it can hold, (j - i) * min(h[i], h[j]).
 *
 * <p>Approach: two pointers from both ends, always moving the shorter line inwards. Any container using
 * the shorter line with a line further in is narrower and no taller, so the shorter line can be dropped
 * without losing the optimum.
 *
 * <p>Complexity: O(n) time, O(1) space; all pairs are O(n^2).
 *
 * <p>Pitfall: moving the taller line (or both) can skip the optimum; with equal heights either may move,
 * since neither can do better with a narrower partner. The area is a long: heights near MAX_VALUE times a
 * width overflow an int.
 */
public final class ContainerWithMostWater {

    private ContainerWithMostWater() {
    }

    public static long maxArea(int[] height) {
        int i = 0;
        int j = height.length - 1;
        long best = 0;
        while (i < j) {
            if (height[i] < 0 || height[j] < 0) {
                int bad = height[i] < 0 ? i : j;
                throw new IllegalArgumentException("maxArea: heights must be >= 0, got " + height[bad] + " at index " + bad);
            }
            best = Math.max(best, (long) (j - i) * Math.min(height[i], height[j]));
            if (height[i] < height[j]) {
                i++;
            } else {
                j--;
            }
        }
        return best;
    }
}
