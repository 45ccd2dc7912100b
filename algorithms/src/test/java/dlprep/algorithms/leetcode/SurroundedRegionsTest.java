package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SurroundedRegionsTest {

    @Test
    void flipsOnlyEnclosedRegions() {
        char[][] board = Grids.chars("XXXX", "XOOX", "XXOX", "XOXX");
        SurroundedRegions.solve(board);
        assertArrayEquals(Grids.chars("XXXX", "XXXX", "XXXX", "XOXX"), board);
    }

    @Test
    void regionsConnectedToTheBorderSurvive() {
        char[][] board = Grids.chars("XOX", "XOX", "XXX");
        SurroundedRegions.solve(board);
        assertArrayEquals(Grids.chars("XOX", "XOX", "XXX"), board);
        char[][] single = Grids.chars("O");
        SurroundedRegions.solve(single);
        assertArrayEquals(Grids.chars("O"), single);
        SurroundedRegions.solve(new char[0][]);
    }

    @Test
    void aLargeOpenBoardDoesNotOverflowTheStack() {
        char[][] board = new char[300][300];
        for (char[] row : board) {
            Arrays.fill(row, 'O');
        }
        SurroundedRegions.solve(board);
        assertArrayEquals(new char[] {'O', 'O'}, Arrays.copyOf(board[150], 2));
    }

    @Test
    void refusesOtherCellsAndRaggedBoards() {
        assertThrows(IllegalArgumentException.class, () -> SurroundedRegions.solve(Grids.chars("XO", "X.")));
        assertThrows(IllegalArgumentException.class, () -> SurroundedRegions.solve(Grids.chars("XO", "X")));
    }

    @Test
    void agreesWithFloodingEachRegion() {
        Random random = new Random(130);
        for (int t = 0; t < 300; t++) {
            char[][] board = Grids.random(random, 1 + random.nextInt(6), 1 + random.nextInt(6), 'X', 'O');
            char[][] expected = new char[board.length][];
            for (int r = 0; r < board.length; r++) {
                expected[r] = board[r].clone();
            }
            int m = board.length;
            int n = board[0].length;
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    if (board[r][c] != 'O') {
                        continue;
                    }
                    boolean[][] region = new boolean[m][n];
                    Grids.flood(board, region, r, c, 'O');
                    boolean touches = false;
                    for (int i = 0; i < m; i++) {
                        touches |= region[i][0] || region[i][n - 1];
                    }
                    for (int j = 0; j < n; j++) {
                        touches |= region[0][j] || region[m - 1][j];
                    }
                    if (!touches) {
                        expected[r][c] = 'X';
                    }
                }
            }
            SurroundedRegions.solve(board);
            assertArrayEquals(expected, board);
        }
    }
}
