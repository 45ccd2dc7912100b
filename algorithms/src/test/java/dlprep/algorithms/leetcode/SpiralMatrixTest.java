package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Spiral Matrix and Spiral Matrix II, each the other's inverse. */
class SpiralMatrixTest {

    @Test
    void listsTheExamplesInSpiralOrder() {
        assertEquals(List.of(1, 2, 3, 6, 9, 8, 7, 4, 5), SpiralMatrix.spiralOrder(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
        assertEquals(List.of(1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7),
                SpiralMatrix.spiralOrder(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}));
        assertEquals(List.of(), SpiralMatrix.spiralOrder(new int[0][]));
    }

    @Test
    void aMiddleRowOrColumnIsListedOnce() {
        assertEquals(List.of(1, 2, 3), SpiralMatrix.spiralOrder(new int[][] {{1, 2, 3}}));
        assertEquals(List.of(1, 2, 3), SpiralMatrix.spiralOrder(new int[][] {{1}, {2}, {3}}));
        // 3 x 5: the last ring is the middle row 7 8 9
        assertEquals(List.of(1, 2, 3, 4, 5, 10, 15, 14, 13, 12, 11, 6, 7, 8, 9),
                SpiralMatrix.spiralOrder(new int[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}}));
    }

    @Test
    void generateFillsInSpiralOrder() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(8, 9, 4), List.of(7, 6, 5)),
                Arrays.stream(SpiralMatrixII.generateMatrix(3)).map(r -> Arrays.stream(r).boxed().toList()).toList());
        assertEquals(0, SpiralMatrixII.generateMatrix(0).length);
        assertEquals(1, SpiralMatrixII.generateMatrix(1)[0][0]);
    }

    @Test
    void spiralOrderOfTheGeneratedMatrixCountsUp() {
        for (int n = 1; n <= 8; n++) {
            List<Integer> order = SpiralMatrix.spiralOrder(SpiralMatrixII.generateMatrix(n));
            for (int i = 0; i < n * n; i++) {
                assertEquals(i + 1, order.get(i), "n = " + n);
            }
            assertEquals(n * n, order.size());
        }
    }

    @Test
    void refusesRaggedOrOversizedInput() {
        assertThrows(IllegalArgumentException.class, () -> SpiralMatrix.spiralOrder(new int[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> SpiralMatrixII.generateMatrix(-1));
        assertThrows(IllegalArgumentException.class, () -> SpiralMatrixII.generateMatrix(46_341));
    }
}
