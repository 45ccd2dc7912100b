package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Min Stack: a stack with push, pop, top and getMin, all in constant time.
 *
 * <p>Approach: a second stack holding the minimum so far; a pushed value goes onto it when it is at most
 * the current minimum, and a popped value leaves it when it equals the current minimum.
 *
 * <p>Complexity: O(1) per operation, O(n) space.
 *
 * <p>Pitfall: duplicates of the minimum. Pushing onto the minimum stack only for a strictly smaller value
 * means two copies of the minimum share one entry, and popping the first copy loses the minimum that the
 * second copy still holds. Comparing boxed Integers with {@code ==} fails outside -128..127; compare ints.
 */
public final class MinStack {

    private final Deque<Integer> values = new ArrayDeque<>();
    private final Deque<Integer> minima = new ArrayDeque<>();

    public void push(int value) {
        values.push(value);
        if (minima.isEmpty() || value <= minima.peek()) {
            minima.push(value);
        }
    }

    public void pop() {
        requireNonEmpty("pop");
        int value = values.pop();
        if (value == minima.peek()) {
            minima.pop();
        }
    }

    public int top() {
        requireNonEmpty("top");
        return values.peek();
    }

    public int getMin() {
        requireNonEmpty("getMin");
        return minima.peek();
    }

    private void requireNonEmpty(String operation) {
        if (values.isEmpty()) {
            throw new IllegalStateException("MinStack." + operation + ": the stack is empty; push a value first");
        }
    }
}
