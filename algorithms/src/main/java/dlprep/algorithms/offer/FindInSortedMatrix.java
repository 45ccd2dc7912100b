package dlprep.algorithms.offer;

/**
 * JZ1 二维数组中的查找: search a matrix whose rows increase left to right and whose columns increase top to
 * bottom for a target value.
 *
 * <p>Approach: start at the top-right corner. Everything left of it in its row is smaller and everything
 * below it in its column is larger, so one comparison discards a whole column (value too large) or a whole
 * row (value too small): a staircase walk.
 *
 * <p>Complexity: O(m + n) time for m rows and n columns, O(1) space.
 *
 * <p>Original: solved as file JZ1; the inventory records no defect. Pitfall: starting at the top-left (or
 * bottom-right) corner gives no discarding move, since both neighbours are larger (smaller).
 *
 * @see OfferProblems
 */
public final class FindInSortedMatrix {
    private FindInSortedMatrix() {
    }

    /** Whether {@code target} occurs in the rectangular, row- and column-sorted {@code matrix}. */
    public static boolean contains(int[][] matrix, int target) {
        int cols = Inputs.rectangularColumns(matrix, FindInSortedMatrix.class);
        int r = 0;
        int c = cols - 1;
        while (r < matrix.length && c >= 0) {
            int v = matrix[r][c];
            if (v == target) {
                return true;
            } else if (v > target) {
                c--;
            } else {
                r++;
            }
        }
        return false;
    }
}
