package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ64 滑动窗口的最大值: the maximum of every window of {@code size} consecutive elements.
 *
 * <p>Approach: a monotonic deque of indices whose values decrease from front to back. A new element first
 * removes the smaller-or-equal values at the back (they can never be a maximum again while it is in the
 * window), the front leaves when it slides out, and the front is each window's maximum.
 *
 * <p>Complexity: O(n) time (each index enters and leaves the deque once), O(size) space.
 *
 * <p>Original: solved as file JZ64; the inventory records no defect. Like Nowcoder, a window of size 0 or
 * larger than the array gives no windows; a negative size is rejected.
 *
 * @see OfferProblems
 */
public final class SlidingWindowMax {
    private SlidingWindowMax() {
    }

    public static int[] maxes(int[] a, int size) {
        Inputs.notNull(a, SlidingWindowMax.class, "array");
        if (size < 0) {
            throw Inputs.invalid(SlidingWindowMax.class, "window size " + size + " is negative");
        }
        if (size == 0 || size > a.length) {
            return new int[0];
        }
        int[] out = new int[a.length - size + 1];
        Deque<Integer> deque = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!deque.isEmpty() && a[deque.peekLast()] <= a[i]) {
                deque.pollLast();
            }
            deque.addLast(i);
            if (deque.peekFirst() <= i - size) {
                deque.pollFirst();
            }
            if (i >= size - 1) {
                out[i - size + 1] = a[deque.peekFirst()];
            }
        }
        return out;
    }
}
