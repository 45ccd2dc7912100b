package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * 01 Matrix: for every cell of a 0/1 matrix, the distance (in up/down/left/right steps) to the nearest 0.
 *
 * <p>Approach: multi-source breadth-first search. Put every 0 in the queue at distance 0 at once; BFS
 * then reaches each 1 first from its nearest 0, level by level.
 *
 * <p>Complexity: O(mn) time and space.
 *
 * <p>Pitfall: a BFS from every 1 separately is O((mn)^2). And a matrix without any 0 has no answer; it is
 * refused rather than answered with "infinite" distances.
 */
public final class ZeroOneMatrix {

    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private ZeroOneMatrix() {
    }

    public static int[][] updateMatrix(int[][] mat) {
        int m = mat.length;
        int n = m == 0 ? 0 : mat[0].length;
        int[][] distance = new int[m][n];
        Deque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < m; r++) {
            if (mat[r].length != n) {
                throw new IllegalArgumentException("updateMatrix: row " + r + " has " + mat[r].length + " cells, row 0 has " + n);
            }
            Arrays.fill(distance[r], -1);
            for (int c = 0; c < n; c++) {
                if (mat[r][c] != 0 && mat[r][c] != 1) {
                    throw new IllegalArgumentException("updateMatrix: cells must be 0 or 1, got " + mat[r][c] + " at (" + r + ", " + c + ")");
                }
                if (mat[r][c] == 0) {
                    distance[r][c] = 0;
                    queue.add(new int[] {r, c});
                }
            }
        }
        if (queue.isEmpty() && m * n > 0) {
            throw new IllegalArgumentException("updateMatrix: the matrix has no 0, so no distance is defined");
        }
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] step : STEPS) {
                int r = cell[0] + step[0];
                int c = cell[1] + step[1];
                if (r >= 0 && r < m && c >= 0 && c < n && distance[r][c] < 0) {
                    distance[r][c] = distance[cell[0]][cell[1]] + 1;
                    queue.add(new int[] {r, c});
                }
            }
        }
        return distance;
    }
}
