package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DungeonGameTest {

    @Test
    void answersTheExample() {
        // right, right, down, down: -2, -3, 3, 1, -5 has lowest running sum -6, so 7 is needed
        assertEquals(7, DungeonGame.calculateMinimumHP(new int[][] {{-2, -3, 3}, {-5, -10, 1}, {10, 30, -5}}));
        assertEquals(1, DungeonGame.calculateMinimumHP(new int[][] {{0}}));
        assertEquals(1, DungeonGame.calculateMinimumHP(new int[][] {{100}}));
        assertEquals(6, DungeonGame.calculateMinimumHP(new int[][] {{-5}}));
    }

    @Test
    void laterHealingCannotPayForEarlierDamage() {
        // -3 then +100: the knight must survive the -3 first
        assertEquals(4, DungeonGame.calculateMinimumHP(new int[][] {{-3, 100}}));
    }

    @Test
    void healthBeyondIntRangeFailsLoudly() {
        // 1 - MIN_VALUE alone is 2^31, one more than MAX_VALUE
        var e = assertThrows(ArithmeticException.class, () -> DungeonGame.calculateMinimumHP(new int[][] {{Integer.MIN_VALUE}}));
        assertTrue(e.getMessage().contains("2147483649"));
        assertEquals(Integer.MAX_VALUE, DungeonGame.calculateMinimumHP(new int[][] {{-(Integer.MAX_VALUE - 1)}}));
    }

    @Test
    void refusesEmptyAndRaggedDungeons() {
        assertThrows(IllegalArgumentException.class, () -> DungeonGame.calculateMinimumHP(new int[0][]));
        assertThrows(IllegalArgumentException.class, () -> DungeonGame.calculateMinimumHP(new int[][] {{1, 2}, {3}}));
    }

    @Test
    void agreesWithTryingEveryPath() {
        Random random = new Random(174);
        for (int t = 0; t < 300; t++) {
            int[][] d = new int[1 + random.nextInt(4)][1 + random.nextInt(4)];
            for (int[] row : d) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextInt(21) - 12;
                }
            }
            assertEquals(bestOverPaths(d, 0, 0, 0, 0), DungeonGame.calculateMinimumHP(d), Arrays.deepToString(d));
        }
    }

    /** Smallest start over all monotone paths: 1 - (lowest running sum), at least 1. */
    private static int bestOverPaths(int[][] d, int i, int j, int sum, int lowest) {
        sum += d[i][j];
        lowest = Math.min(lowest, sum);
        if (i == d.length - 1 && j == d[0].length - 1) {
            return Math.max(1, 1 - lowest);
        }
        int best = Integer.MAX_VALUE;
        if (i + 1 < d.length) {
            best = Math.min(best, bestOverPaths(d, i + 1, j, sum, lowest));
        }
        if (j + 1 < d[0].length) {
            best = Math.min(best, bestOverPaths(d, i, j + 1, sum, lowest));
        }
        return best;
    }
}
