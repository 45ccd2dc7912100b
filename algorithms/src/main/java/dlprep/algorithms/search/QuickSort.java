package dlprep.algorithms.search;

import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Quicksort with a random pivot and three-way partitioning (Dijkstra's Dutch national flag): after a pass,
 * {@code a[lo..lt) < pivot = a[lt..gt] < a(gt..hi]}. The random pivot makes the O(n^2) worst case (sorted
 * input with a first-element pivot) vanishingly unlikely; the three-way split keeps many equal keys from
 * degenerating into O(n^2) too. It recurses into the smaller side and loops on the larger, so the stack is
 * O(log n). O(n log n) expected, in place, not stable. The random source is seeded: the same input sorts
 * the same way every run.
 */
public final class QuickSort {

    private QuickSort() {
    }

    public static <T> void sort(T[] a, Comparator<? super T> order) {
        sortRange(a, 0, a.length - 1, order, new SplittableRandom(a.length));
    }

    private static <T> void sortRange(T[] a, int lo, int hi, Comparator<? super T> order, SplittableRandom random) {
        while (lo < hi) {
            int[] bounds = partition(a, lo, hi, order, random);
            if (bounds[0] - lo < hi - bounds[1]) {
                sortRange(a, lo, bounds[0] - 1, order, random);
                lo = bounds[1] + 1;
            } else {
                sortRange(a, bounds[1] + 1, hi, order, random);
                hi = bounds[0] - 1;
            }
        }
    }

    /**
     * Three-way partition of a[lo..hi] around a random pivot; returns {lt, gt}, the first and last index of
     * the elements equal to the pivot. QuickSelect uses it too.
     */
    static <T> int[] partition(T[] a, int lo, int hi, Comparator<? super T> order, SplittableRandom random) {
        T pivot = a[lo + random.nextInt(hi - lo + 1)];
        int lt = lo;
        int i = lo;
        int gt = hi;
        while (i <= gt) {
            int c = order.compare(a[i], pivot);
            if (c < 0) {
                swap(a, lt++, i++);
            } else if (c > 0) {
                swap(a, i, gt--);
            } else {
                i++;
            }
        }
        return new int[] {lt, gt};
    }

    static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
