package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Spiral Matrix: list the elements of an m x n matrix in clockwise spiral order, from the top-left.
 *
 * <p>Approach: four boundaries (top, bottom, left, right). Walk the top row, the right column, the bottom
 * row backwards and the left column upwards, shrinking the matching boundary after each.
 *
 * <p>Complexity: O(mn) time, O(1) extra space besides the output.
 *
 * <p>Pitfall: the last ring when it is a single row or column. After the top row and right column, the
 * bottom row and left column must only be walked if top <= bottom and left <= right still hold; otherwise
 * the middle row of a 3 x 5 matrix, or the middle column of a 5 x 3, is listed twice.
 */
public final class SpiralMatrix {

    private SpiralMatrix() {
    }

    public static List<Integer> spiralOrder(int[][] matrix) {
        List<Integer> out = new ArrayList<>();
        if (matrix.length == 0) {
            return out;
        }
        int n = matrix[0].length;
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r].length != n) {
                throw new IllegalArgumentException("spiralOrder: row " + r + " has " + matrix[r].length + " columns, row 0 has " + n);
            }
        }
        int top = 0;
        int bottom = matrix.length - 1;
        int left = 0;
        int right = n - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) {
                out.add(matrix[top][c]);
            }
            top++;
            for (int r = top; r <= bottom; r++) {
                out.add(matrix[r][right]);
            }
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) {
                    out.add(matrix[bottom][c]);
                }
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) {
                    out.add(matrix[r][left]);
                }
                left++;
            }
        }
        return out;
    }
}
