package dlprep.algorithms.leetcode;

/**
 * Spiral Matrix II: fill an n x n matrix with 1..n^2 in clockwise spiral order.
 *
 * <p>Approach: walk with a direction vector (right, down, left, up) and turn clockwise whenever the next
 * cell is outside the matrix or already filled.
 *
 * <p>Complexity: O(n^2) time, O(1) extra space.
 *
 * <p>Pitfall: the turning test must look at the next cell before moving, and "already filled" relies on 0
 * meaning empty, true because the values start at 1. The centre of an odd n is the single last cell;
 * n = 0 gives an empty matrix.
 */
public final class SpiralMatrixII {

    private static final int[][] DIRECTIONS = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};

    private SpiralMatrixII() {
    }

    public static int[][] generateMatrix(int n) {
        if (n < 0 || n > 46_340) {
            throw new IllegalArgumentException("generateMatrix: n must be in 0..46340 (n^2 fits an int), got " + n);
        }
        int[][] m = new int[n][n];
        int r = 0;
        int c = 0;
        int d = 0;
        for (int value = 1; value <= n * n; value++) {
            m[r][c] = value;
            int nr = r + DIRECTIONS[d][0];
            int nc = c + DIRECTIONS[d][1];
            if (nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0) {
                d = (d + 1) % 4;
                nr = r + DIRECTIONS[d][0];
                nc = c + DIRECTIONS[d][1];
            }
            r = nr;
            c = nc;
        }
        return m;
    }
}
