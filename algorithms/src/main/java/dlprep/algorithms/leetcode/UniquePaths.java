package dlprep.algorithms.leetcode;

/**
 * Unique Paths: a robot at the top-left of an m x n grid moves only right or down; count its paths to the
 * bottom-right corner.
 *
 * <p>Approach: every path is a word of m-1 "down" and n-1 "right" moves, so the answer is the binomial
 * coefficient C(m+n-2, min(m,n)-1), computed by the multiplicative formula
 * C(N, k) = prod_{i=1..k} (N-k+i) / i, dividing at each step: every partial product is itself C(N-k+i, i),
 * an integer, so the division is exact.
 *
 * <p>Complexity: O(min(m, n)) time, O(1) space (the grid DP is O(mn)).
 *
 * <p>Pitfall: overflow. Computing (m+n-2)! / ((m-1)!(n-1)!) overflows long already at 21!; the
 * multiplicative formula keeps intermediates near the answer, and the multiplication is checked so an
 * answer too large for an int fails loudly instead of wrapping.
 */
public final class UniquePaths {

    private UniquePaths() {
    }

    public static int uniquePaths(int m, int n) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("uniquePaths: the grid needs at least one row and column, got " + m + " x " + n);
        }
        long total = (long) m + n - 2;
        int k = Math.min(m, n) - 1;
        long result = 1;
        for (int i = 1; i <= k; i++) {
            try {
                result = Math.multiplyExact(result, total - k + i) / i;
            } catch (ArithmeticException e) {
                throw new ArithmeticException("uniquePaths: the count for a " + m + " x " + n + " grid overflows");
            }
        }
        if (result > Integer.MAX_VALUE) {
            throw new ArithmeticException("uniquePaths: the count for a " + m + " x " + n + " grid, " + result + ", exceeds int");
        }
        return (int) result;
    }
}
