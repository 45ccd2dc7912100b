package dlprep.algorithms.offer;

/**
 * JZ42 和为S的两个数字: in an ascending array, two values at different positions that add up to S; among
 * several pairs, the outermost one, which for non-negative values has the smallest product (Nowcoder's
 * classic rule).
 *
 * <p>Approach: two pointers from both ends; a sum too small moves the left pointer right, too large moves
 * the right pointer left. The first pair found is the outermost; with a + b fixed, a b = ((a + b)^2 -
 * (b - a)^2) / 4 is smallest when b - a is largest.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ42; the inventory records no defect. Pitfall: {@code a[i] + a[j]} overflows
 * an int for large values, so the sum is a long.
 *
 * @see OfferProblems
 */
public final class TwoNumbersWithSum {
    private TwoNumbersWithSum() {
    }

    /** The outermost pair {smaller, larger} adding up to {@code sum}, or an empty array if there is none. */
    public static int[] find(int[] sorted, int sum) {
        Inputs.notNull(sorted, TwoNumbersWithSum.class, "array");
        int i = 0;
        int j = sorted.length - 1;
        while (i < j) {
            long s = (long) sorted[i] + sorted[j];
            if (s == sum) {
                return new int[] {sorted[i], sorted[j]};
            } else if (s < sum) {
                i++;
            } else {
                j--;
            }
        }
        return new int[0];
    }
}
