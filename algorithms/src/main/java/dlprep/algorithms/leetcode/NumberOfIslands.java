package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Number of Islands: count the 4-connected groups of '1' (land) in a grid of '1' and '0' (water).
 *
 * <p>Approach: scan the grid; each unvisited land cell starts a new island, and a breadth-first search
 * marks all of that island visited.
 *
 * <p>Complexity: O(mn) time and space.
 *
 * <p>Pitfall: mark a cell visited when it is put in the queue, not when it is taken out: otherwise a cell
 * is queued once per land neighbour and the queue grows to several times the grid. Recursive DFS is the
 * short version, but overflows the call stack on a large all-land grid. The input is not modified.
 */
public final class NumberOfIslands {

    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private NumberOfIslands() {
    }

    public static int numIslands(char[][] grid) {
        int m = grid.length;
        int n = m == 0 ? 0 : grid[0].length;
        boolean[][] visited = new boolean[m][n];
        int islands = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < m; r++) {
            if (grid[r].length != n) {
                throw new IllegalArgumentException("numIslands: row " + r + " has " + grid[r].length + " cells, row 0 has " + n);
            }
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '0' && grid[r][c] != '1') {
                    throw new IllegalArgumentException("numIslands: cells must be '0' or '1', got '" + grid[r][c] + "' at (" + r + ", " + c + ")");
                }
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1' || visited[r][c]) {
                    continue;
                }
                islands++;
                visited[r][c] = true;
                queue.add(new int[] {r, c});
                while (!queue.isEmpty()) {
                    int[] cell = queue.poll();
                    for (int[] step : STEPS) {
                        int rr = cell[0] + step[0];
                        int cc = cell[1] + step[1];
                        if (rr >= 0 && rr < m && cc >= 0 && cc < n && grid[rr][cc] == '1' && !visited[rr][cc]) {
                            visited[rr][cc] = true;
                            queue.add(new int[] {rr, cc});
                        }
                    }
                }
            }
        }
        return islands;
    }
}
