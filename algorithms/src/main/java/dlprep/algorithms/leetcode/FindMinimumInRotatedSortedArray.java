package dlprep.algorithms.leetcode;

/**
 * Find Minimum in Rotated Sorted Array: the minimum of an ascending array of distinct values rotated at an
 * unknown pivot, in logarithmic time.
 *
 * <p>Approach: binary search comparing the middle with the right end. If a[mid] > a[hi] the rotation point
 * (the minimum) is right of mid; otherwise it is mid or left of it.
 *
 * <p>Complexity: O(log n) time, O(1) space.
 *
 * <p>Pitfall: comparing with the left end instead. a[mid] > a[lo] holds both in a rotated array (minimum
 * to the right) and in an unrotated one (minimum at lo), so it cannot decide; the right end can. The loop
 * is {@code lo < hi} with {@code hi = mid}, never {@code mid - 1}, since mid may be the minimum. An empty
 * array has no minimum and is refused.
 */
public final class FindMinimumInRotatedSortedArray {

    private FindMinimumInRotatedSortedArray() {
    }

    public static int findMin(int[] nums) {
        if (nums.length == 0) {
            throw new IllegalArgumentException("findMin: the array is empty; there is no minimum");
        }
        int lo = 0;
        int hi = nums.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[hi]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return nums[lo];
    }
}
