package dlprep.algorithms.leetcode;

/**
 * Find First and Last Position of Element in Sorted Array: in a non-decreasing array, return the first and
 * last index of the target, or [-1, -1], in logarithmic time.
 *
 * <p>Approach: two binary searches on the half-open range [lo, hi): the lower bound (first index with
 * a[i] >= target) and the upper bound (first index with a[i] > target); the target occupies
 * [lower, upper - 1] when lower < upper.
 *
 * <p>Complexity: O(log n) time, O(1) space.
 *
 * <p>Pitfall: off-by-one and overflow. A search that finds any occurrence and then walks left and right is
 * O(n) on [t, t, ..., t]. Computing the end as lowerBound(target + 1) - 1 overflows for
 * target = MAX_VALUE; a separate upper bound avoids it. And mid = (lo + hi) / 2 overflows for huge arrays,
 * hence {@code (lo + hi) >>> 1}.
 */
public final class FindFirstAndLastPositionOfElementInSortedArray {

    private FindFirstAndLastPositionOfElementInSortedArray() {
    }

    public static int[] searchRange(int[] nums, int target) {
        int first = bound(nums, target, false);
        if (first == nums.length || nums[first] != target) {
            return new int[] {-1, -1};
        }
        return new int[] {first, bound(nums, target, true) - 1};
    }

    /** The first index whose value is >= target (or > target when strict), or the length. */
    private static int bound(int[] nums, int target, boolean strict) {
        int lo = 0;
        int hi = nums.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean past = strict ? nums[mid] > target : nums[mid] >= target;
            if (past) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
