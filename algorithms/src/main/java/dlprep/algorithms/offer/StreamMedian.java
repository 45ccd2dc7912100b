package dlprep.algorithms.offer;

import java.util.Collections;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * JZ63 数据流中的中位数: ints arrive one at a time; at any moment report the median of those so far (the mean
 * of the two middle values for an even count).
 *
 * <p>Approach: a max-heap holds the smaller half and a min-heap the larger half, the max-heap keeping the
 * extra value for an odd count. Each insert goes through the max-heap and passes its largest value to the
 * min-heap (so every value in the lower half is &lt;= every value in the upper half), then rebalances.
 *
 * <p>Complexity: insert O(log n), median O(1); O(n) space.
 *
 * <p>Original: solved, in a second file numbered JZ63 (the first is the k-th BST node); the inventory records
 * no defect. Pitfall: {@code (a + b) / 2} overflows and truncates; the mean is taken in double.
 *
 * @see OfferProblems
 */
public final class StreamMedian {
    private final PriorityQueue<Integer> lower = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> upper = new PriorityQueue<>();

    public void insert(int value) {
        lower.add(value);
        upper.add(lower.poll());
        if (upper.size() > lower.size()) {
            lower.add(upper.poll());
        }
    }

    public double median() {
        if (lower.isEmpty()) {
            throw new NoSuchElementException("StreamMedian: no value has been inserted yet");
        }
        if (lower.size() > upper.size()) {
            return lower.peek();
        }
        return ((double) lower.peek() + (double) upper.peek()) / 2.0;
    }
}
