package dlprep.algorithms.leetcode;

import java.util.Random;

/** Small grids and graphs for the tests of the grid and graph problems. */
final class Grids {

    private Grids() {
    }

    /** A char grid from rows of equal length, e.g. {@code chars("XOX", "OOX")}. */
    static char[][] chars(String... rows) {
        char[][] grid = new char[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            grid[r] = rows[r].toCharArray();
        }
        return grid;
    }

    /** A random m x n grid over the two given characters. */
    static char[][] random(Random random, int m, int n, char a, char b) {
        char[][] grid = new char[m][n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                grid[r][c] = random.nextBoolean() ? a : b;
            }
        }
        return grid;
    }

    /** Visits the component of (r, c) over cells equal to grid[r][c], recording it in seen; recursion is fine on test sizes. */
    static void flood(char[][] grid, boolean[][] seen, int r, int c, char value) {
        if (r < 0 || c < 0 || r >= grid.length || c >= grid[0].length || seen[r][c] || grid[r][c] != value) {
            return;
        }
        seen[r][c] = true;
        flood(grid, seen, r + 1, c, value);
        flood(grid, seen, r - 1, c, value);
        flood(grid, seen, r, c + 1, value);
        flood(grid, seen, r, c - 1, value);
    }
}
