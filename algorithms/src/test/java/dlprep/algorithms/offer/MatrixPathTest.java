package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixPathTest {
    private static final char[][] GRID = {"abce".toCharArray(), "sfcs".toCharArray(), "adee".toCharArray()};

    @Test
    void findsWordsAlongPathsThatTurn() {
        assertTrue(MatrixPath.hasPath(GRID, "bcced"));
        assertTrue(MatrixPath.hasPath(GRID, "abcced"));
        assertTrue(MatrixPath.hasPath(GRID, "see"));
    }

    @Test
    void aCellIsUsedAtMostOnce() {
        assertFalse(MatrixPath.hasPath(GRID, "abcb"));
        assertFalse(MatrixPath.hasPath(new char[][] {{'a'}}, "aa"));
    }

    @Test
    void emptyWordsAndGrids() {
        assertTrue(MatrixPath.hasPath(GRID, ""));
        assertFalse(MatrixPath.hasPath(new char[0][0], "a"));
        assertTrue(MatrixPath.hasPath(new char[][] {{'a'}}, "a"));
    }

    @Test
    void findsWordsReadAlongRandomSelfAvoidingWalks() {
        Random rng = OfferTesting.random();
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + rng.nextInt(4);
            int cols = 1 + rng.nextInt(4);
            char[][] grid = new char[rows][cols];
            for (char[] row : grid) {
                for (int c = 0; c < cols; c++) {
                    row[c] = (char) ('a' + rng.nextInt(3));
                }
            }
            boolean[][] used = new boolean[rows][cols];
            int r = rng.nextInt(rows);
            int c = rng.nextInt(cols);
            StringBuilder word = new StringBuilder();
            for (int step = 0; step < 8; step++) {
                word.append(grid[r][c]);
                used[r][c] = true;
                int[] m = moves[rng.nextInt(4)];
                int nr = r + m[0];
                int nc = c + m[1];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || used[nr][nc]) {
                    break;
                }
                r = nr;
                c = nc;
            }
            assertTrue(MatrixPath.hasPath(grid, word.toString()), word.toString());
            assertFalse(MatrixPath.hasPath(grid, word + "z"));
        }
    }

    @Test
    void rejectsNullAndJaggedInput() {
        assertRejected(MatrixPath.class, () -> MatrixPath.hasPath(null, "a"));
        assertRejected(MatrixPath.class, () -> MatrixPath.hasPath(GRID, null));
        assertRejected(MatrixPath.class, () -> MatrixPath.hasPath(new char[][] {{'a', 'b'}, {'c'}}, "a"));
    }
}
