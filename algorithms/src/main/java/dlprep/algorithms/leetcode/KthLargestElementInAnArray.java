package dlprep.algorithms.leetcode;

import java.util.Random;

/**
 * Kth Largest Element in an Array: the element that would be at position k (counting from 1) if the array
 * were sorted in descending order; duplicates count separately.
 *
 * <p>Approach: quickselect. The k-th largest is the element of rank n - k in ascending order. Partition
 * around a random pivot three ways (less, equal, greater) and continue only in the part containing that
 * rank.
 *
 * <p>Complexity: O(n) expected time, O(n^2) worst case (vanishingly unlikely with random pivots), O(n)
 * space for the copy; sorting is O(n log n), a size-k heap O(n log k).
 *
 * <p>Pitfall: duplicates. A two-way partition puts all copies of the pivot on one side, so an array of
 * equal values shrinks by one per round: O(n^2). The equal block of the three-way partition ends the search
 * at once. Also k-th largest is index n - k, not k - 1 (that is the k-th smallest). The input is not
 * modified; the pivot generator has a fixed seed, so runs are reproducible.
 */
public final class KthLargestElementInAnArray {

    private KthLargestElementInAnArray() {
    }

    public static int findKthLargest(int[] nums, int k) {
        if (k < 1 || k > nums.length) {
            throw new IllegalArgumentException("findKthLargest: k must be in 1.." + nums.length + ", got " + k);
        }
        int[] a = nums.clone();
        Random random = new Random(215);
        int rank = a.length - k;
        int lo = 0;
        int hi = a.length - 1;
        while (true) {
            int pivot = a[lo + random.nextInt(hi - lo + 1)];
            // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i <= gt) {
                if (a[i] < pivot) {
                    swap(a, lt++, i++);
                } else if (a[i] > pivot) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            if (rank < lt) {
                hi = lt - 1;
            } else if (rank > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
