package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Surrounded Regions: on a board of 'X' and 'O', flip to 'X' every region of 'O' (4-connected) that does
 * not touch the border; the board is changed in place.
 *
 * <p>Approach: think in reverse. The regions that survive are exactly those reachable from an 'O' on the
 * border, so flood-fill from every border 'O' (marking them safe) and then flip every 'O' not marked.
 *
 * <p>Complexity: O(mn) time, O(mn) space for the queue.
 *
 * <p>Pitfall: searching from each inner 'O' for a way out re-explores the same region many times, and a
 * recursive flood fill overflows the call stack on a large board of 'O's (one region with m * n cells);
 * the fill here is iterative with an explicit queue.
 */
public final class SurroundedRegions {

    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private SurroundedRegions() {
    }

    public static void solve(char[][] board) {
        int m = board.length;
        if (m == 0) {
            return;
        }
        int n = board[0].length;
        for (int r = 0; r < m; r++) {
            if (board[r].length != n) {
                throw new IllegalArgumentException("solve: row " + r + " has " + board[r].length + " cells, row 0 has " + n);
            }
            for (int c = 0; c < n; c++) {
                if (board[r][c] != 'X' && board[r][c] != 'O') {
                    throw new IllegalArgumentException("solve: cells must be 'X' or 'O', got '" + board[r][c] + "' at (" + r + ", " + c + ")");
                }
            }
        }
        boolean[][] safe = new boolean[m][n];
        Deque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                boolean border = r == 0 || c == 0 || r == m - 1 || c == n - 1;
                if (border && board[r][c] == 'O') {
                    safe[r][c] = true;
                    queue.add(new int[] {r, c});
                }
            }
        }
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] step : STEPS) {
                int r = cell[0] + step[0];
                int c = cell[1] + step[1];
                if (r >= 0 && r < m && c >= 0 && c < n && board[r][c] == 'O' && !safe[r][c]) {
                    safe[r][c] = true;
                    queue.add(new int[] {r, c});
                }
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (!safe[r][c]) {
                    board[r][c] = 'X';
                }
            }
        }
    }
}
