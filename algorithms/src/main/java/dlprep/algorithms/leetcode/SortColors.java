package dlprep.algorithms.leetcode;

/**
 * Sort Colors: sort an array of 0s, 1s and 2s in place in one pass (the Dutch national flag problem).
 *
 * <p>Approach: three-way partitioning. Keep [0, lo) all 0, [lo, i) all 1, (hi, end] all 2 and scan i: a 0
 * is swapped to lo, a 2 to hi, a 1 stays. This is the partition quicksort needs for many equal keys.
 *
 * <p>Complexity: O(n) time, O(1) space; counting sort takes two passes.
 *
 * <p>Pitfall: after swapping a 2 to the end, i must not advance: the value swapped in from hi has not been
 * examined yet (it may be a 0 or a 2). After swapping a 0 it may advance, since what comes from lo is a 1
 * already seen. Values other than 0, 1, 2 are refused.
 */
public final class SortColors {

    private SortColors() {
    }

    public static void sortColors(int[] nums) {
        int lo = 0;
        int i = 0;
        int hi = nums.length - 1;
        while (i <= hi) {
            switch (nums[i]) {
                case 0 -> swap(nums, i++, lo++);
                case 1 -> i++;
                case 2 -> swap(nums, i, hi--);
                default -> throw new IllegalArgumentException("sortColors: colours are 0, 1 or 2, got " + nums[i] + " at index " + i);
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
