package dlprep.algorithms.structures;

/**
 * Monotonic queue (deque) for sliding-window maxima: indices in the deque have strictly decreasing values.
 * A new value first drops every smaller one from the back (they can never be a maximum again while it is
 * in the window), then indices that left the window are dropped from the front; the front is the window's
 * maximum. Each index enters and leaves once: O(n) for all windows, against O(nk) by rescanning each window.
 */
public final class MonotonicQueue {

    private MonotonicQueue() {
    }

    /** The maximum of every window a[i..i+k), for i = 0 .. n-k. */
    public static long[] slidingWindowMax(long[] a, int k) {
        if (k < 1 || k > a.length) {
            throw new IllegalArgumentException("slidingWindowMax: window size must be in 1.." + a.length + ", got " + k);
        }
        long[] out = new long[a.length - k + 1];
        int[] deque = new int[a.length];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < a.length; i++) {
            while (tail > head && a[deque[tail - 1]] <= a[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - k) {
                head++;
            }
            if (i >= k - 1) {
                out[i - k + 1] = a[deque[head]];
            }
        }
        return out;
    }
}
