package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindInSortedMatrixTest {
    private static final int[][] NOWCODER_EXAMPLE = {
            {1, 2, 8, 9}, {2, 4, 9, 12}, {4, 7, 10, 13}, {6, 8, 11, 15}};

    @Test
    void findsValuesInsideAndAtTheCorners() {
        assertTrue(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 7));
        assertTrue(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 1));
        assertTrue(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 9));
        assertTrue(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 6));
        assertTrue(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 15));
    }

    @Test
    void missesValuesBetweenAndOutsideTheRange() {
        assertFalse(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 5));
        assertFalse(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 0));
        assertFalse(FindInSortedMatrix.contains(NOWCODER_EXAMPLE, 16));
    }

    @Test
    void emptyMatricesContainNothing() {
        assertFalse(FindInSortedMatrix.contains(new int[0][0], 1));
        assertFalse(FindInSortedMatrix.contains(new int[3][0], 0));
    }

    @Test
    void oneElementAndExtremeValues() {
        assertTrue(FindInSortedMatrix.contains(new int[][] {{4}}, 4));
        assertFalse(FindInSortedMatrix.contains(new int[][] {{4}}, 3));
        int[][] extremes = {{Integer.MIN_VALUE, Integer.MAX_VALUE}};
        assertTrue(FindInSortedMatrix.contains(extremes, Integer.MIN_VALUE));
        assertTrue(FindInSortedMatrix.contains(extremes, Integer.MAX_VALUE));
        assertFalse(FindInSortedMatrix.contains(extremes, 0));
    }

    @Test
    void agreesWithALinearScanOnRandomSortedMatricesWithDuplicates() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 200; trial++) {
            int rows = rng.nextInt(6);
            int cols = rng.nextInt(6);
            int[][] m = new int[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int above = r > 0 ? m[r - 1][c] : 0;
                    int left = c > 0 ? m[r][c - 1] : 0;
                    m[r][c] = Math.max(above, left) + rng.nextInt(3);
                }
            }
            for (int target = -1; target <= 25; target++) {
                final int t = target;
                boolean expected = Arrays.stream(m).flatMapToInt(Arrays::stream).anyMatch(v -> v == t);
                assertEquals(expected, FindInSortedMatrix.contains(m, target));
            }
        }
    }

    @Test
    void rejectsNullAndJaggedMatrices() {
        assertRejected(FindInSortedMatrix.class, () -> FindInSortedMatrix.contains(null, 1));
        assertRejected(FindInSortedMatrix.class, () -> FindInSortedMatrix.contains(new int[][] {{1}, null}, 1));
        assertRejected(FindInSortedMatrix.class, () -> FindInSortedMatrix.contains(new int[][] {{1, 2}, {3}}, 1));
    }
}
