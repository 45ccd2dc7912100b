package dlprep.algorithms.offer;

import java.util.ArrayList;
import java.util.List;

/**
 * JZ19 顺时针打印矩阵: the elements of a matrix in clockwise spiral order from the top-left corner.
 *
 * <p>Approach: keep four bounds (top, bottom, left, right); print the top row, the right column, then the
 * bottom row and the left column only if the ring still has a second row and a second column, and shrink.
 *
 * <p>Complexity: O(m n) time, O(1) extra space besides the output.
 *
 * <p>Original: solved as file JZ19; the inventory records no defect. Pitfall: a ring that is a single row or
 * a single column is printed twice unless the bottom row and left column are guarded.
 *
 * @see OfferProblems
 */
public final class PrintMatrixClockwise {
    private PrintMatrixClockwise() {
    }

    public static List<Integer> spiral(int[][] matrix) {
        int cols = Inputs.rectangularColumns(matrix, PrintMatrixClockwise.class);
        List<Integer> out = new ArrayList<>(matrix.length * cols);
        int top = 0;
        int bottom = matrix.length - 1;
        int left = 0;
        int right = cols - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) {
                out.add(matrix[top][c]);
            }
            for (int r = top + 1; r <= bottom; r++) {
                out.add(matrix[r][right]);
            }
            if (top < bottom && left < right) {
                for (int c = right - 1; c >= left; c--) {
                    out.add(matrix[bottom][c]);
                }
                for (int r = bottom - 1; r > top; r--) {
                    out.add(matrix[r][left]);
                }
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        return out;
    }
}
