package dlprep.algorithms.structures;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.NoSuchElementException;

/**
 * Binary heap priority queue: a complete binary tree in an array (children of i at 2i+1 and 2i+2) with the
 * heap property "no child is smaller than its parent" under the comparator, so the minimum is at index 0.
 * Push sifts the new element up, pop moves the last element to the root and sifts it down: O(log n) each.
 * Building from n elements bottom-up (sift down from the last parent to the root) is O(n), because most
 * nodes are near the bottom and move only a little.
 */
public final class BinaryHeap<E> {

    private final Comparator<? super E> order;
    private Object[] heap;
    private int size;

    /** An empty heap ordered by {@code order} (the smallest first). */
    public BinaryHeap(Comparator<? super E> order) {
        this.order = order;
        this.heap = new Object[8];
    }

    /** A heap of the given elements, built bottom-up in O(n). */
    public BinaryHeap(Collection<? extends E> elements, Comparator<? super E> order) {
        this.order = order;
        this.heap = elements.toArray(new Object[Math.max(8, elements.size())]);
        this.size = elements.size();
        for (Object e : elements) {
            if (e == null) {
                throw new NullPointerException("BinaryHeap: null elements are not allowed");
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, size, order);
        }
    }

    public void push(E element) {
        if (element == null) {
            throw new NullPointerException("BinaryHeap.push: null elements are not allowed");
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        int i = size++;
        heap[i] = element;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (compare(heap[i], heap[parent], order) >= 0) {
                break;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    /** The smallest element, removed. */
    public E pop() {
        E top = peek();
        heap[0] = heap[--size];
        heap[size] = null;
        siftDown(heap, 0, size, order);
        return top;
    }

    /** The smallest element, left in place. */
    @SuppressWarnings("unchecked")
    public E peek() {
        if (size == 0) {
            throw new NoSuchElementException("BinaryHeap: the heap is empty");
        }
        return (E) heap[0];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Restores the heap property below index i of {@code heap[0..size)}, assuming both subtrees of i are heaps:
     * swap with the smaller child until neither child is smaller. Heap sort uses it too.
     */
    public static <T> void siftDown(Object[] heap, int i, int size, Comparator<? super T> order) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && compare(heap[left], heap[smallest], order) < 0) {
                smallest = left;
            }
            if (right < size && compare(heap[right], heap[smallest], order) < 0) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(heap, i, smallest);
            i = smallest;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> int compare(Object a, Object b, Comparator<? super T> order) {
        return order.compare((T) a, (T) b);
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
