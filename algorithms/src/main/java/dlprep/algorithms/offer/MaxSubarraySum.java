package dlprep.algorithms.offer;

/**
 * JZ30 连续子数组的最大和: the largest sum of a non-empty contiguous subarray.
 *
 * <p>Approach: Kadane's dynamic programming: the best sum ending at i is either a[i] alone or a[i] added to
 * the best sum ending at i - 1 when that is positive; the answer is the best over all i.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ30; the inventory records no defect. Pitfalls: starting the answer at 0
 * gives 0 for an all-negative array; the sum of ints overflows an int, so it is a long.
 *
 * @see OfferProblems
 */
public final class MaxSubarraySum {
    private MaxSubarraySum() {
    }

    public static long maxSum(int[] a) {
        Inputs.notNull(a, MaxSubarraySum.class, "array");
        if (a.length == 0) {
            throw Inputs.invalid(MaxSubarraySum.class, "the array is empty; a subarray must have an element");
        }
        long endingHere = a[0];
        long best = a[0];
        for (int i = 1; i < a.length; i++) {
            endingHere = Math.max(a[i], endingHere + a[i]);
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
