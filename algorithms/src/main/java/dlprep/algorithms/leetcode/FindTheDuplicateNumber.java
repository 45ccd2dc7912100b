package dlprep.algorithms.leetcode;

/**
 * Find the Duplicate Number: n + 1 integers, each in 1..n, so at least one value repeats; exactly one value
 * does (possibly many times). Find it without modifying the array and with O(1) extra space.
 *
 * <p>Approach: binary search on the value, by pigeonhole. Let count(m) be the number of elements <= m.
 * Without a duplicate at or below m, count(m) <= m; so the duplicate is the smallest m with count(m) > m,
 * and that predicate is monotone.
 *
 * <p>Complexity: O(n log n) time, O(1) space. Floyd's cycle detection on i -> a[i] is O(n) (the same
 * idea as Linked List Cycle II); sorting or a set would break the constraints.
 *
 * <p>Pitfall: the duplicate may occur more than twice, replacing other values, so sum(a) - n(n+1)/2 is
 * wrong (and overflows for large n); the counting argument holds regardless. Values outside 1..n break
 * the pigeonhole argument and are refused.
 */
public final class FindTheDuplicateNumber {

    private FindTheDuplicateNumber() {
    }

    public static int findDuplicate(int[] nums) {
        int n = nums.length - 1;
        if (n < 1) {
            throw new IllegalArgumentException("findDuplicate: needs n + 1 >= 2 values, got " + nums.length);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < 1 || nums[i] > n) {
                throw new IllegalArgumentException("findDuplicate: values must be in 1.." + n + ", got " + nums[i] + " at index " + i);
            }
        }
        int lo = 1;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int count = 0;
            for (int x : nums) {
                count += x <= mid ? 1 : 0;
            }
            if (count > mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
