package dlprep.algorithms.leetcode;

/**
 * Rotate Image: rotate an n x n matrix by 90 degrees clockwise, in place.
 *
 * <p>Approach: a clockwise rotation maps (r, c) to (c, n - 1 - r), which is a transpose (r, c) -> (c, r)
 * followed by a horizontal mirror (c, r) -> (c, n - 1 - r); both are simple in-place swaps.
 *
 * <p>Complexity: O(n^2) time, O(1) extra space.
 *
 * <p>Pitfall: transposing by swapping over the whole matrix instead of one triangle (c > r) swaps every
 * pair twice and leaves it unchanged; and mirroring vertically instead gives the counter-clockwise
 * rotation. A non-square matrix cannot be rotated in place and is refused.
 */
public final class RotateImage {

    private RotateImage() {
    }

    public static void rotate(int[][] matrix) {
        int n = matrix.length;
        for (int r = 0; r < n; r++) {
            if (matrix[r].length != n) {
                throw new IllegalArgumentException("rotate: the matrix must be square, row " + r + " has " + matrix[r].length + " of " + n + " columns");
            }
        }
        for (int r = 0; r < n; r++) {
            for (int c = r + 1; c < n; c++) {
                int t = matrix[r][c];
                matrix[r][c] = matrix[c][r];
                matrix[c][r] = t;
            }
        }
        for (int[] row : matrix) {
            for (int c = 0; c < n / 2; c++) {
                int t = row[c];
                row[c] = row[n - 1 - c];
                row[n - 1 - c] = t;
            }
        }
    }
}
