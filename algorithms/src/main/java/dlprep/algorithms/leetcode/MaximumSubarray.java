package dlprep.algorithms.leetcode;

/**
 * Maximum Subarray: the largest sum of a non-empty contiguous subarray.
 *
 * <p>Approach: Kadane's algorithm. The best sum ending at i is either a[i] alone or a[i] added to the best
 * sum ending at i - 1, whichever is larger; the answer is the best of these.
 *
 * <p>Complexity: O(n) time, O(1) space; all pairs are O(n^2).
 *
 * <p>Pitfall: all-negative arrays. Starting the answer at 0 (or resetting the running sum to 0 and taking
 * the max afterwards) answers 0, the empty subarray, which is not allowed; the answer starts at a[0]. Sums
 * are long: two large ints overflow an int. An empty array has no non-empty subarray and is refused.
 */
public final class MaximumSubarray {

    private MaximumSubarray() {
    }

    public static long maxSubArray(int[] nums) {
        if (nums.length == 0) {
            throw new IllegalArgumentException("maxSubArray: the array is empty; a subarray must hold at least one element");
        }
        long endingHere = nums[0];
        long best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            endingHere = Math.max(nums[i], endingHere + nums[i]);
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
