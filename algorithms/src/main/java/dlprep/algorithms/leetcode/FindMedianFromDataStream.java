package dlprep.algorithms.leetcode;

import java.util.Collections;
import java.util.PriorityQueue;

/**
 * Find Median from Data Stream: numbers arrive one by one; at any time return the median of those seen.
 *
 * <p>Approach: two heaps. A max-heap holds the smaller half, a min-heap the larger half, and the max-heap
 * has the same size or one more. A new number goes through the max-heap into the min-heap (so the halves
 * stay ordered), and back if the min-heap grew larger. The median is the max-heap's top or the mean of both
 * tops.
 *
 * <p>Complexity: O(log n) per addNum, O(1) per findMedian, O(n) space.
 *
 * <p>Pitfall: overflow in two places. The max-heap comparator {@code (a, b) -> b - a} overflows for values
 * of opposite sign far apart (use {@code Collections.reverseOrder()}), and {@code (a + b) / 2.0} overflows
 * in int before the division (add as doubles).
 */
public final class FindMedianFromDataStream {

    private final PriorityQueue<Integer> lower = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> upper = new PriorityQueue<>();

    public void addNum(int num) {
        lower.add(num);
        upper.add(lower.poll());
        if (upper.size() > lower.size()) {
            lower.add(upper.poll());
        }
    }

    public double findMedian() {
        if (lower.isEmpty()) {
            throw new IllegalStateException("findMedian: no number has been added yet");
        }
        if (lower.size() > upper.size()) {
            return lower.peek();
        }
        return ((double) lower.peek() + upper.peek()) / 2;
    }
}
