package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberOfIslandsTest {

    @Test
    void countsTheExamples() {
        assertEquals(1, NumberOfIslands.numIslands(Grids.chars("11110", "11010", "11000", "00000")));
        assertEquals(3, NumberOfIslands.numIslands(Grids.chars("11000", "11000", "00100", "00011")));
        assertEquals(0, NumberOfIslands.numIslands(new char[0][]));
        assertEquals(1, NumberOfIslands.numIslands(Grids.chars("1")));
        assertEquals(2, NumberOfIslands.numIslands(Grids.chars("10", "01")));   // diagonals do not connect
    }

    @Test
    void leavesTheInputUnchangedAndHandlesLargeLand() {
        char[][] grid = new char[300][300];
        for (char[] row : grid) {
            Arrays.fill(row, '1');
        }
        assertEquals(1, NumberOfIslands.numIslands(grid));
        assertArrayEquals(new char[] {'1', '1'}, Arrays.copyOf(grid[299], 2));
    }

    @Test
    void refusesOtherCells() {
        assertThrows(IllegalArgumentException.class, () -> NumberOfIslands.numIslands(Grids.chars("1X")));
    }

    @Test
    void agreesWithRecursiveFloodFill() {
        Random random = new Random(200);
        for (int t = 0; t < 300; t++) {
            char[][] grid = Grids.random(random, 1 + random.nextInt(7), 1 + random.nextInt(7), '0', '1');
            boolean[][] seen = new boolean[grid.length][grid[0].length];
            int expected = 0;
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (grid[r][c] == '1' && !seen[r][c]) {
                        expected++;
                        Grids.flood(grid, seen, r, c, '1');
                    }
                }
            }
            assertEquals(expected, NumberOfIslands.numIslands(grid));
        }
    }
}
