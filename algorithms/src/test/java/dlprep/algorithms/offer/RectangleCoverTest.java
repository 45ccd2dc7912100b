package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RectangleCoverTest {
    @Test
    void smallBoards() {
        assertEquals(0, RectangleCover.ways(0)); // Nowcoder's convention, see the class comment
        assertEquals(1, RectangleCover.ways(1));
        assertEquals(2, RectangleCover.ways(2));
        assertEquals(3, RectangleCover.ways(3));
        assertEquals(5, RectangleCover.ways(4));
    }

    @Test
    void agreesWithPlacingDominoesCellByCell() {
        for (int n = 1; n <= 14; n++) {
            assertEquals(tilings(new boolean[2][n], 0), RectangleCover.ways(n), "n = " + n);
        }
    }

    /** Counts tilings by covering the first free cell (column-major) with a vertical or horizontal domino. */
    private static long tilings(boolean[][] covered, int cell) {
        int n = covered[0].length;
        while (cell < 2 * n && covered[cell % 2][cell / 2]) {
            cell++;
        }
        if (cell == 2 * n) {
            return 1;
        }
        int r = cell % 2;
        int c = cell / 2;
        long count = 0;
        if (r == 0 && !covered[1][c]) {
            covered[0][c] = covered[1][c] = true;
            count += tilings(covered, cell + 1);
            covered[0][c] = covered[1][c] = false;
        }
        if (c + 1 < n && !covered[r][c + 1]) {
            covered[r][c] = covered[r][c + 1] = true;
            count += tilings(covered, cell + 1);
            covered[r][c] = covered[r][c + 1] = false;
        }
        return count;
    }

    @Test
    void rejectsNegativeAndOverflowingN() {
        assertRejected(RectangleCover.class, () -> RectangleCover.ways(-1));
        assertRejected(RectangleCover.class, () -> RectangleCover.ways(RectangleCover.MAX_N + 1));
    }
}
