package dlprep.algorithms.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Top-down merge sort: sort both halves, then merge them by repeatedly taking the smaller head, taking from
 * the left half on ties, which is what makes it stable. O(n log n) always (log n levels, O(n) merging each),
 * O(n) extra memory. The merge also counts inversions (pairs i < j with a[i] > a[j]): when the right head is
 * taken, it is smaller than every element still waiting in the left half.
 */
public final class MergeSort {

    private MergeSort() {
    }

    /** Sorts a stably; returns the number of inversions it had. */
    public static <T> long sort(T[] a, Comparator<? super T> order) {
        T[] buffer = Arrays.copyOf(a, a.length);
        return sort(a, buffer, 0, a.length, order);
    }

    private static <T> long sort(T[] a, T[] buffer, int lo, int hi, Comparator<? super T> order) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long inversions = sort(a, buffer, lo, mid, order) + sort(a, buffer, mid, hi, order);
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && order.compare(buffer[i], buffer[j]) <= 0)) {
                a[k] = buffer[i++];
            } else {
                inversions += mid - i;
                a[k] = buffer[j++];
            }
        }
        return inversions;
    }
}
