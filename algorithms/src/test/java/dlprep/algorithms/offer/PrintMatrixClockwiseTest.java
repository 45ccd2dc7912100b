package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintMatrixClockwiseTest {
    @Test
    void spiralsASquareMatrix() {
        int[][] m = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
        assertEquals(List.of(1, 2, 3, 4, 8, 12, 16, 15, 14, 13, 9, 5, 6, 7, 11, 10), PrintMatrixClockwise.spiral(m));
    }

    @Test
    void singleRowsAndColumnsArePrintedOnce() {
        assertEquals(List.of(1, 2, 3), PrintMatrixClockwise.spiral(new int[][] {{1, 2, 3}}));
        assertEquals(List.of(1, 2, 3), PrintMatrixClockwise.spiral(new int[][] {{1}, {2}, {3}}));
        assertEquals(List.of(1, 2, 4, 6, 5, 3), PrintMatrixClockwise.spiral(new int[][] {{1, 2}, {3, 4}, {5, 6}}));
        // The inner ring of a 3 x 4 matrix is the single row 6 7.
        assertEquals(List.of(1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7),
                PrintMatrixClockwise.spiral(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}));
    }

    @Test
    void emptyMatrices() {
        assertEquals(List.of(), PrintMatrixClockwise.spiral(new int[0][0]));
        assertEquals(List.of(), PrintMatrixClockwise.spiral(new int[2][0]));
        assertEquals(List.of(Integer.MIN_VALUE), PrintMatrixClockwise.spiral(new int[][] {{Integer.MIN_VALUE}}));
    }

    @Test
    void agreesWithWalkingAndTurningRightAtWallsAndVisitedCells() {
        Random rng = OfferTesting.random();
        for (int rows = 1; rows <= 6; rows++) {
            for (int cols = 1; cols <= 6; cols++) {
                int[][] m = new int[rows][cols];
                for (int[] row : m) {
                    for (int c = 0; c < cols; c++) {
                        row[c] = rng.nextInt(5);
                    }
                }
                assertEquals(walk(m), PrintMatrixClockwise.spiral(m), rows + " x " + cols);
            }
        }
    }

    private static List<Integer> walk(int[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        boolean[][] seen = new boolean[rows][cols];
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        List<Integer> out = new ArrayList<>();
        int r = 0;
        int c = 0;
        int d = 0;
        for (int step = 0; step < rows * cols; step++) {
            out.add(m[r][c]);
            seen[r][c] = true;
            int nr = r + dirs[d][0];
            int nc = c + dirs[d][1];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]) {
                d = (d + 1) % 4;
                nr = r + dirs[d][0];
                nc = c + dirs[d][1];
            }
            r = nr;
            c = nc;
        }
        return out;
    }

    @Test
    void rejectsNullAndJaggedMatrices() {
        assertRejected(PrintMatrixClockwise.class, () -> PrintMatrixClockwise.spiral(null));
        assertRejected(PrintMatrixClockwise.class, () -> PrintMatrixClockwise.spiral(new int[][] {{1, 2}, {3}}));
    }
}
