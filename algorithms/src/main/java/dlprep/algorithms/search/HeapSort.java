package dlprep.algorithms.search;

import dlprep.algorithms.structures.BinaryHeap;

import java.util.Comparator;

/**
 * Heap sort in place: build a max-heap bottom-up in O(n), then repeatedly swap the maximum at the root to
 * the end of the shrinking heap and sift the new root down. Invariant: a[0..size) is a max-heap and
 * a[size..n) holds the largest elements in order. O(n log n) in the worst case, O(1) extra memory, not
 * stable. The sift-down is {@link BinaryHeap#siftDown} with the order reversed (a min-heap of the reversed
 * order is a max-heap).
 */
public final class HeapSort {

    private HeapSort() {
    }

    public static <T> void sort(T[] a, Comparator<? super T> order) {
        Comparator<? super T> reversed = order.reversed();
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) {
            BinaryHeap.siftDown(a, i, n, reversed);
        }
        for (int size = n - 1; size > 0; size--) {
            QuickSort.swap(a, 0, size);
            BinaryHeap.siftDown(a, 0, size, reversed);
        }
    }
}
