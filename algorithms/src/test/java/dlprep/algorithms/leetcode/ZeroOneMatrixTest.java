package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZeroOneMatrixTest {

    @Test
    void measuresTheExample() {
        assertArrayEquals(new int[][] {{0, 0, 0}, {0, 1, 0}, {1, 2, 1}},
                ZeroOneMatrix.updateMatrix(new int[][] {{0, 0, 0}, {0, 1, 0}, {1, 1, 1}}));
        assertArrayEquals(new int[][] {{0}}, ZeroOneMatrix.updateMatrix(new int[][] {{0}}));
        assertArrayEquals(new int[0][], ZeroOneMatrix.updateMatrix(new int[0][]));
    }

    @Test
    void refusesMatricesWithoutZeroOrWithOtherValues() {
        assertThrows(IllegalArgumentException.class, () -> ZeroOneMatrix.updateMatrix(new int[][] {{1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> ZeroOneMatrix.updateMatrix(new int[][] {{0, 2}}));
    }

    @Test
    void agreesWithTheNearestZeroByManhattanDistance() {
        // on a grid without obstacles the BFS distance is the Manhattan distance to the nearest 0
        Random random = new Random(542);
        for (int t = 0; t < 300; t++) {
            int m = 1 + random.nextInt(6);
            int n = 1 + random.nextInt(6);
            int[][] a = new int[m][n];
            for (int[] row : a) {
                for (int c = 0; c < n; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : 1;
                }
            }
            a[random.nextInt(m)][random.nextInt(n)] = 0;
            int[][] expected = new int[m][n];
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    int best = Integer.MAX_VALUE;
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            if (a[i][j] == 0) {
                                best = Math.min(best, Math.abs(i - r) + Math.abs(j - c));
                            }
                        }
                    }
                    expected[r][c] = best;
                }
            }
            assertArrayEquals(expected, ZeroOneMatrix.updateMatrix(a));
        }
    }
}
