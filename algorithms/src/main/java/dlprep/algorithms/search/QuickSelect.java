package dlprep.algorithms.search;

import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Quickselect: the k-th smallest element (0-based) by partitioning as quicksort does, then continuing only
 * into the side that holds position k. Expected O(n) (n + n/2 + n/4 + ...), worst case O(n^2) with
 * vanishing probability thanks to the random pivot. Rearranges the array: afterwards a[k] is the answer,
 * nothing before it is larger and nothing after it is smaller.
 */
public final class QuickSelect {

    private QuickSelect() {
    }

    public static <T> T select(T[] a, int k, Comparator<? super T> order) {
        if (k < 0 || k >= a.length) {
            throw new IndexOutOfBoundsException("QuickSelect.select: k = " + k + " outside 0.." + (a.length - 1));
        }
        SplittableRandom random = new SplittableRandom(a.length);
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            int[] bounds = QuickSort.partition(a, lo, hi, order, random);
            if (k < bounds[0]) {
                hi = bounds[0] - 1;
            } else if (k > bounds[1]) {
                lo = bounds[1] + 1;
            } else {
                break;
            }
        }
        return a[k];
    }
}
