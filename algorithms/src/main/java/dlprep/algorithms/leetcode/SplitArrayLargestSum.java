package dlprep.algorithms.leetcode;

/**
 * Split Array Largest Sum: split an array of non-negative integers into k non-empty contiguous parts so
 * that the largest part sum is as small as possible; return that sum.
 *
 * <p>Approach: binary search on the answer. "Can the array be split into at most k parts of sum <= cap?"
 * is monotone in cap and decided greedily (start a new part whenever the next element would exceed cap).
 * The answer lies between the largest element and the total.
 *
 * <p>Complexity: O(n log(total)) time, O(1) space; the DP over split points is O(k n^2).
 *
 * <p>Pitfall: the search bounds. The low end is max(a), not 0 or 1: a cap below the largest element makes
 * the greedy loop never place that element. Sums are long (the total of many ints overflows an int), and
 * k outside 1..n has no valid split and is refused.
 */
public final class SplitArrayLargestSum {

    private SplitArrayLargestSum() {
    }

    public static long splitArray(int[] nums, int k) {
        if (k < 1 || k > nums.length) {
            throw new IllegalArgumentException("splitArray: k must be in 1.." + nums.length + " (one element per part at least), got " + k);
        }
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < 0) {
                throw new IllegalArgumentException("splitArray: values must be >= 0, got " + nums[i] + " at index " + i);
            }
            lo = Math.max(lo, nums[i]);
            hi += nums[i];
        }
        while (lo < hi) {
            long cap = lo + (hi - lo) / 2;
            if (partsNeeded(nums, cap) <= k) {
                hi = cap;
            } else {
                lo = cap + 1;
            }
        }
        return lo;
    }

    /** The fewest parts with sums <= cap, filling each part greedily; cap >= max(nums). */
    private static int partsNeeded(int[] nums, long cap) {
        int parts = 1;
        long current = 0;
        for (int x : nums) {
            if (current + x > cap) {
                parts++;
                current = 0;
            }
            current += x;
        }
        return parts;
    }
}
