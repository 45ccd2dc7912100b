package dlprep.algorithms.leetcode;

/**
 * Maximum Product Subarray: the largest product of a non-empty contiguous subarray.
 *
 * <p>Approach: like Kadane's, but keep both the largest and the smallest product ending at i: a negative
 * a[i] turns the smallest (most negative) product into the largest. Each new value either extends one of
 * them or starts afresh.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Pitfall: tracking only the maximum misses [-2, 3, -4] = 24; zeros reset both products (the fresh
 * start handles them). Products are checked: a running product leaving the long range fails with an
 * ArithmeticException instead of wrapping into a wrong answer.
 */
public final class MaximumProductSubarray {

    private MaximumProductSubarray() {
    }

    public static long maxProduct(int[] nums) {
        if (nums.length == 0) {
            throw new IllegalArgumentException("maxProduct: the array is empty; a subarray must hold at least one element");
        }
        long max = nums[0];
        long min = nums[0];
        long best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            long x = nums[i];
            try {
                long a = Math.multiplyExact(max, x);
                long b = Math.multiplyExact(min, x);
                max = Math.max(x, Math.max(a, b));
                min = Math.min(x, Math.min(a, b));
            } catch (ArithmeticException e) {
                throw new ArithmeticException("maxProduct: a subarray product ending at index " + i + " overflows long");
            }
            best = Math.max(best, max);
        }
        return best;
    }
}
