package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrappingRainWaterTest {

    @Test
    void holdsTheExampleVolumes() {
        assertEquals(6, TrappingRainWater.trap(new int[] {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}));
        assertEquals(9, TrappingRainWater.trap(new int[] {4, 2, 0, 3, 2, 5}));
        assertEquals(0, TrappingRainWater.trap(new int[0]));
        assertEquals(0, TrappingRainWater.trap(new int[] {5}));
    }

    @Test
    void monotoneAndFlatProfilesHoldNothing() {
        assertEquals(0, TrappingRainWater.trap(new int[] {1, 2, 3, 4}));
        assertEquals(0, TrappingRainWater.trap(new int[] {4, 3, 2, 1}));
        assertEquals(0, TrappingRainWater.trap(new int[] {2, 2, 2}));
        assertEquals(2, TrappingRainWater.trap(new int[] {2, 1, 1, 2}));   // equal floors: one layer of width 2
    }

    @Test
    void volumeBeyondIntRange() {
        int h = Integer.MAX_VALUE;
        assertEquals(2L * h, TrappingRainWater.trap(new int[] {h, 0, 0, h}));
    }

    @Test
    void refusesNegativeHeights() {
        assertThrows(IllegalArgumentException.class, () -> TrappingRainWater.trap(new int[] {1, -1, 1}));
    }

    @Test
    void agreesWithTheLevelFormulaAtEveryBar() {
        Random random = new Random(42);
        for (int t = 0; t < 500; t++) {
            int[] h = random.ints(random.nextInt(12), 0, 6).toArray();
            long expected = 0;
            for (int i = 0; i < h.length; i++) {
                int leftMax = 0;
                int rightMax = 0;
                for (int j = 0; j <= i; j++) {
                    leftMax = Math.max(leftMax, h[j]);
                }
                for (int j = i; j < h.length; j++) {
                    rightMax = Math.max(rightMax, h[j]);
                }
                expected += Math.min(leftMax, rightMax) - h[i];
            }
            assertEquals(expected, TrappingRainWater.trap(h), Arrays.toString(h));
        }
    }
}
