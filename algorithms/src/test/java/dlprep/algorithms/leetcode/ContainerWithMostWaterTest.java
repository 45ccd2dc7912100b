package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerWithMostWaterTest {

    @Test
    void findsTheExample() {
        assertEquals(49, ContainerWithMostWater.maxArea(new int[] {1, 8, 6, 2, 5, 4, 8, 3, 7}));   // lines 1 and 8: 7 * 7
        assertEquals(1, ContainerWithMostWater.maxArea(new int[] {1, 1}));
        assertEquals(0, ContainerWithMostWater.maxArea(new int[] {5}));
        assertEquals(0, ContainerWithMostWater.maxArea(new int[0]));
    }

    @Test
    void areaBeyondIntRange() {
        assertEquals(2L * Integer.MAX_VALUE, ContainerWithMostWater.maxArea(new int[] {Integer.MAX_VALUE, 0, Integer.MAX_VALUE}));
    }

    @Test
    void refusesNegativeHeights() {
        assertThrows(IllegalArgumentException.class, () -> ContainerWithMostWater.maxArea(new int[] {1, -1}));
    }

    @Test
    void agreesWithAllPairs() {
        Random random = new Random(11);
        for (int t = 0; t < 500; t++) {
            int[] h = random.ints(random.nextInt(10), 0, 8).toArray();
            long best = 0;
            for (int i = 0; i < h.length; i++) {
                for (int j = i + 1; j < h.length; j++) {
                    best = Math.max(best, (long) (j - i) * Math.min(h[i], h[j]));
                }
            }
            assertEquals(best, ContainerWithMostWater.maxArea(h), Arrays.toString(h));
        }
    }
}
