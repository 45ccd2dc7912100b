package dlprep.algorithms.leetcode;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Longest Increasing Path in a Matrix: the length (in cells) of the longest path that moves up, down,
 * left or right and visits strictly increasing values. The original repository solved it in a file
 * numbered L85.
 *
 * <p>Approach: strict increase makes the moves a directed acyclic graph, so the longest path is a DP in
 * topological order: visit the cells from the largest value down, and set
 * {@code len[cell] = 1 + max(len[neighbour])} over neighbours with a larger value, which are already done.
 *
 * <p>Complexity: O(mn log(mn)) time for the sort, O(mn) space. The DFS with memoization is O(mn) but
 * recurses m * n deep on a snake-shaped matrix.
 *
 * <p>Pitfall: plain DFS without memoization is exponential; and no visited set is needed (or correct to
 * keep between starts) because strictly increasing paths cannot cycle. Equal neighbours are not a move.
 */
public final class LongestIncreasingPathInAMatrix {

    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private LongestIncreasingPathInAMatrix() {
    }

    public static int longestIncreasingPath(int[][] matrix) {
        int m = matrix.length;
        if (m == 0) {
            return 0;
        }
        int n = matrix[0].length;
        Integer[] cells = new Integer[m * n];
        for (int r = 0; r < m; r++) {
            if (matrix[r].length != n) {
                throw new IllegalArgumentException("longestIncreasingPath: row " + r + " has " + matrix[r].length + " cells, row 0 has " + n);
            }
            for (int c = 0; c < n; c++) {
                cells[r * n + c] = r * n + c;
            }
        }
        Arrays.sort(cells, Comparator.comparingInt((Integer id) -> matrix[id / n][id % n]).reversed());
        int[] length = new int[m * n];
        int best = 0;
        for (int id : cells) {
            int r = id / n;
            int c = id % n;
            length[id] = 1;
            for (int[] step : STEPS) {
                int rr = r + step[0];
                int cc = c + step[1];
                if (rr >= 0 && rr < m && cc >= 0 && cc < n && matrix[rr][cc] > matrix[r][c]) {
                    length[id] = Math.max(length[id], 1 + length[rr * n + cc]);
                }
            }
            best = Math.max(best, length[id]);
        }
        return best;
    }
}
