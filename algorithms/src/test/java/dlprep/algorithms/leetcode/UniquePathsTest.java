package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniquePathsTest {

    @Test
    void countsPathsOfSmallGrids() {
        assertEquals(28, UniquePaths.uniquePaths(3, 7));   // C(8, 2) = 28
        assertEquals(3, UniquePaths.uniquePaths(3, 2));
        assertEquals(1, UniquePaths.uniquePaths(1, 1));
        assertEquals(1, UniquePaths.uniquePaths(1, 100));
    }

    @Test
    void agreesWithTheGridDp() {
        for (int m = 1; m <= 15; m++) {
            for (int n = 1; n <= 15; n++) {
                long[][] dp = new long[m][n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        dp[i][j] = i == 0 || j == 0 ? 1 : dp[i - 1][j] + dp[i][j - 1];
                    }
                }
                assertEquals(dp[m - 1][n - 1], UniquePaths.uniquePaths(m, n), m + " x " + n);
            }
        }
    }

    @Test
    void largeAnswersThatFitAnIntDoNotOverflowOnTheWay() {
        // C(32, 16) = 601080390: the factorial formula would need 32!, far beyond long.
        assertEquals(601_080_390, UniquePaths.uniquePaths(17, 17));
        // C(200, 10) does not fit an int and must fail loudly rather than wrap.
        var e = assertThrows(ArithmeticException.class, () -> UniquePaths.uniquePaths(11, 191));
        assertTrue(e.getMessage().contains("11 x 191"));
    }

    @Test
    void refusesEmptyGrids() {
        assertThrows(IllegalArgumentException.class, () -> UniquePaths.uniquePaths(0, 5));
    }
}
