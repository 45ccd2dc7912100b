package dlprep.algorithms.offer;

import java.util.Collections;
import java.util.PriorityQueue;

/**
 * JZ29 最小的K个数: the k smallest values of an array, in ascending order.
 *
 * <p>Approach: a max-heap of size k: each new value smaller than the heap's maximum replaces it. This reads
 * the input once and suits streams; quickselect would be O(n) on average but rearranges the input.
 *
 * <p>Complexity: O(n log k) time, O(k) space.
 *
 * <p>Original: solved as file JZ29; the inventory records no defect. Pitfall: the comparator
 * {@code (x, y) -> y - x} overflows for values far apart (Integer.MIN_VALUE and a positive value) and
 * corrupts the heap; {@link Collections#reverseOrder()} compares correctly.
 *
 * @see OfferProblems
 */
public final class SmallestKNumbers {
    private SmallestKNumbers() {
    }

    public static int[] smallest(int[] a, int k) {
        Inputs.notNull(a, SmallestKNumbers.class, "array");
        if (k < 0 || k > a.length) {
            throw Inputs.invalid(SmallestKNumbers.class, "k = " + k + " is outside 0.." + a.length
                    + " (the array's length)");
        }
        if (k == 0) {
            return new int[0];
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>(k, Collections.reverseOrder());
        for (int v : a) {
            if (heap.size() < k) {
                heap.add(v);
            } else if (v < heap.peek()) {
                heap.poll();
                heap.add(v);
            }
        }
        int[] out = new int[k];
        for (int i = k - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }
}
