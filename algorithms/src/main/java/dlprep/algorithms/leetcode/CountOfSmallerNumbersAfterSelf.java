package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Count of Smaller Numbers After Self: for every element, count the elements to its right that are
 * strictly smaller.
 *
 * <p>Approach: merge sort on the indices, counting during the merge. When an element of the left half is
 * placed, every right-half element already placed is smaller and was to its right; adding that number to
 * the element's count gives, over all merges, exactly the answer.
 *
 * <p>Complexity: O(n log n) time, O(n) space; the double loop is O(n^2).
 *
 * <p>Pitfall: duplicates. "Smaller" is strict, so on a tie the left element must be placed first; taking
 * the right one first counts equal values as smaller.
 */
public final class CountOfSmallerNumbersAfterSelf {

    private CountOfSmallerNumbersAfterSelf() {
    }

    public static List<Integer> countSmaller(int[] nums) {
        int n = nums.length;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int[] counts = new int[n];
        sort(nums, index, new int[n], counts, 0, n);
        List<Integer> out = new ArrayList<>(n);
        for (int c : counts) {
            out.add(c);
        }
        return out;
    }

    /** Sorts {@code index[lo, hi)} by value, adding to {@code counts} the right-hand smaller elements. */
    private static void sort(int[] nums, int[] index, int[] buffer, int[] counts, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(nums, index, buffer, counts, lo, mid);
        sort(nums, index, buffer, counts, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid || j < hi) {
            if (j == hi || i < mid && nums[index[i]] <= nums[index[j]]) {
                counts[index[i]] += j - mid;
                buffer[k++] = index[i++];
            } else {
                buffer[k++] = index[j++];
            }
        }
        System.arraycopy(buffer, lo, index, lo, hi - lo);
    }
}
