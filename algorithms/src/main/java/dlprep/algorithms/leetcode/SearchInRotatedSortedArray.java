package dlprep.algorithms.leetcode;

/**
 * Search in Rotated Sorted Array: an ascending array of distinct values was rotated at an unknown pivot
 * (e.g. [4, 5, 6, 7, 0, 1, 2]); return the index of the target, or -1, in logarithmic time.
 *
 * <p>Approach: binary search where, at every step, one of the halves [lo, mid] and [mid, hi] is sorted
 * (the rotation point lies in at most one). If the target lies within the sorted half's range, continue
 * there; otherwise in the other half.
 *
 * <p>Complexity: O(log n) time, O(1) space.
 *
 * <p>Pitfall: the comparison deciding which half is sorted must be {@code a[lo] <= a[mid]}: when lo == mid
 * (two elements left) the left half is the single element and sorted; with {@code <} the search goes the
 * wrong way. The values must be distinct: with duplicates (a[lo] == a[mid] == a[hi]) the sorted half cannot
 * be told and the worst case becomes O(n) (LeetCode 81).
 */
public final class SearchInRotatedSortedArray {

    private SearchInRotatedSortedArray() {
    }

    public static int search(int[] nums, int target) {
        int lo = 0;
        int hi = nums.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] == target) {
                return mid;
            }
            if (nums[lo] <= nums[mid]) {
                if (nums[lo] <= target && target < nums[mid]) {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (nums[mid] < target && target <= nums[hi]) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
        }
        return -1;
    }
}
