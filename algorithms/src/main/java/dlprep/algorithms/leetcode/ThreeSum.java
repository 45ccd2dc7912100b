package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 3Sum: all distinct triplets of values (from different positions) that sum to zero, each triplet sorted
 * and listed once.
 *
 * <p>Approach: sort, fix the smallest element a[i], and find the pairs summing to -a[i] in the rest with
 * two pointers moving inwards.
 *
 * <p>Complexity: O(n^2) time, O(n) space for the sorted copy; all triples are O(n^3).
 *
 * <p>Pitfall: duplicates. Equal values for the fixed element must be skipped, and after a hit both
 * pointers must move past their equal values, else [-1, -1, 0, 1, 1] reports [-1, 0, 1] several times.
 * Deduplicating with a set of lists afterwards works but hides the point. Sums are long: three values near
 * MAX_VALUE overflow an int and can wrap to 0.
 */
public final class ThreeSum {

    private ThreeSum() {
    }

    public static List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> triplets = new ArrayList<>();
        for (int i = 0; i < a.length - 2; i++) {
            if (i > 0 && a[i] == a[i - 1]) {
                continue;
            }
            int lo = i + 1;
            int hi = a.length - 1;
            while (lo < hi) {
                long sum = (long) a[i] + a[lo] + a[hi];
                if (sum < 0) {
                    lo++;
                } else if (sum > 0) {
                    hi--;
                } else {
                    triplets.add(List.of(a[i], a[lo], a[hi]));
                    do {
                        lo++;
                    } while (lo < hi && a[lo] == a[lo - 1]);
                    do {
                        hi--;
                    } while (lo < hi && a[hi] == a[hi + 1]);
                }
            }
        }
        return triplets;
    }
}
