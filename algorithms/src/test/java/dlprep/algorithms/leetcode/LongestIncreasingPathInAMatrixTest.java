package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LongestIncreasingPathInAMatrixTest {

    @Test
    void measuresTheExamples() {
        assertEquals(4, LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[][] {{9, 9, 4}, {6, 6, 8}, {2, 1, 1}}));   // 1 2 6 9
        assertEquals(4, LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[][] {{3, 4, 5}, {3, 2, 6}, {2, 2, 1}}));   // 3 4 5 6
        assertEquals(1, LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[][] {{7}}));
        assertEquals(0, LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[0][]));
    }

    @Test
    void equalNeighboursAreNotAStep() {
        assertEquals(1, LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[][] {{5, 5}, {5, 5}}));
    }

    @Test
    void aSnakeThroughTheWholeMatrix() {
        int[][] snake = {{1, 2, 3}, {6, 5, 4}, {7, 8, 9}};
        assertEquals(9, LongestIncreasingPathInAMatrix.longestIncreasingPath(snake));
    }

    @Test
    void refusesRaggedMatrices() {
        assertThrows(IllegalArgumentException.class, () -> LongestIncreasingPathInAMatrix.longestIncreasingPath(new int[][] {{1, 2}, {3}}));
    }

    @Test
    void agreesWithExhaustiveSearch() {
        Random random = new Random(329);
        for (int t = 0; t < 200; t++) {
            int[][] a = new int[1 + random.nextInt(4)][1 + random.nextInt(4)];
            for (int[] row : a) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(5);
                }
            }
            int best = 0;
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < a[0].length; c++) {
                    best = Math.max(best, longestFrom(a, r, c));
                }
            }
            assertEquals(best, LongestIncreasingPathInAMatrix.longestIncreasingPath(a));
        }
    }

    /** Plain DFS without memoization: exponential, fine on 4 x 4. */
    private static int longestFrom(int[][] a, int r, int c) {
        int best = 1;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] s : steps) {
            int rr = r + s[0];
            int cc = c + s[1];
            if (rr >= 0 && rr < a.length && cc >= 0 && cc < a[0].length && a[rr][cc] > a[r][c]) {
                best = Math.max(best, 1 + longestFrom(a, rr, cc));
            }
        }
        return best;
    }
}
