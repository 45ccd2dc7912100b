package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RobotMovingRangeTest {
    @Test
    void nowcodersExamples() {
        // Nowcoder's examples; an independent Python BFS gave the same three counts.
        assertEquals(21, RobotMovingRange.count(5, 10, 10));
        assertEquals(359, RobotMovingRange.count(15, 20, 20));
        assertEquals(29, RobotMovingRange.count(10, 1, 100));
    }

    @Test
    void allowedCellsBehindAForbiddenCellAreNotReached() {
        // On the strip 1 x 100 with threshold 10, cells 0..28 are reached; 29 (digit sum 11) blocks the way to
        // 30..37, 40..46, ... which are allowed.
        int allowed = 0;
        for (int c = 0; c < 100; c++) {
            if (RobotMovingRange.digitSum(c) <= 10) {
                allowed++;
            }
        }
        assertEquals(64, allowed); // 100 minus the 36 two-digit numbers with digit sum 11..18
        assertEquals(29, RobotMovingRange.count(10, 1, 100));
    }

    @Test
    void emptyGridsAndNegativeThresholds() {
        assertEquals(0, RobotMovingRange.count(5, 0, 10));
        assertEquals(0, RobotMovingRange.count(-1, 3, 3));
        assertEquals(1, RobotMovingRange.count(0, 3, 3));
        assertEquals(1, RobotMovingRange.count(Integer.MAX_VALUE, 1, 1));
    }

    @Test
    void agreesWithRelaxingUntilNothingChanges() {
        for (int k = 0; k <= 20; k += 4) {
            for (int rows = 1; rows <= 35; rows += 17) {
                for (int cols = 1; cols <= 35; cols += 11) {
                    assertEquals(relax(k, rows, cols), RobotMovingRange.count(k, rows, cols), k + " " + rows + " " + cols);
                }
            }
        }
    }

    /** Marks allowed cells next to marked ones, sweeping the grid until a sweep marks nothing. */
    private static int relax(int k, int rows, int cols) {
        boolean[][] reached = new boolean[rows][cols];
        reached[0][0] = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    boolean nextToReached = (r > 0 && reached[r - 1][c]) || (r + 1 < rows && reached[r + 1][c])
                            || (c > 0 && reached[r][c - 1]) || (c + 1 < cols && reached[r][c + 1]);
                    if (!reached[r][c] && nextToReached
                            && RobotMovingRange.digitSum(r) + RobotMovingRange.digitSum(c) <= k) {
                        reached[r][c] = true;
                        changed = true;
                    }
                }
            }
        }
        int count = 0;
        for (boolean[] row : reached) {
            for (boolean b : row) {
                count += b ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void rejectsNegativeSides() {
        assertRejected(RobotMovingRange.class, () -> RobotMovingRange.count(5, -1, 3));
        assertRejected(RobotMovingRange.class, () -> RobotMovingRange.count(5, 3, Integer.MIN_VALUE));
    }
}
