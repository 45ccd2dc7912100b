package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Trapping Rain Water: bars of width 1 and the given heights; how much rain water stays between them?
 * Above bar i the water level is min(highest bar on the left, highest bar on the right), so bar i holds
 * that level minus its own height.
 *
 * <p>Approach: a monotonic stack of indices with non-increasing heights, filling water in horizontal
 * layers. When a higher bar arrives, the popped bar is a floor; the bar below it on the stack and the new
 * bar are its walls, so a layer of width (i - left - 1) and height (min(walls) - floor) is filled.
 *
 * <p>Complexity: O(n) time (each index pushed and popped once), O(n) space. Two pointers also reach O(n)
 * time with O(1) space.
 *
 * <p>Pitfall: the direct formula, scanning left and right for the highest bars at every i, is O(n^2); the
 * original repository's solution timed out for that reason. In the stack version, a popped floor with no
 * left wall holds no water (it spills over the left edge). The volume is a long.
 */
public final class TrappingRainWater {

    private TrappingRainWater() {
    }

    public static long trap(int[] height) {
        Deque<Integer> stack = new ArrayDeque<>();
        long water = 0;
        for (int i = 0; i < height.length; i++) {
            if (height[i] < 0) {
                throw new IllegalArgumentException("trap: heights must be >= 0, got " + height[i] + " at index " + i);
            }
            while (!stack.isEmpty() && height[stack.peek()] < height[i]) {
                int floor = height[stack.pop()];
                if (stack.isEmpty()) {
                    break;
                }
                int left = stack.peek();
                long level = Math.min(height[left], height[i]);
                water += (level - floor) * (i - left - 1);
            }
            stack.push(i);
        }
        return water;
    }
}
