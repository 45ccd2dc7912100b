package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * JZ20 包含min函数的栈: a stack whose push, pop, top and min are all O(1).
 *
 * <p>Approach: a second stack holds the running minimum: push onto it when the new value is &lt;= its top,
 * pop from it when the popped value equals its top.
 *
 * <p>Complexity: O(1) time per operation, O(n) space.
 *
 * <p>Original: solved as file JZ20; the inventory records no defect. Pitfall: pushing onto the minimum stack
 * only for a strictly smaller value loses the minimum when a duplicate of it is popped.
 *
 * @see OfferProblems
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

    public int pop() {
        int value = top();
        values.pop();
        if (value == minima.peek()) {
            minima.pop();
        }
        return value;
    }

    public int top() {
        if (values.isEmpty()) {
            throw new NoSuchElementException("MinStack: the stack is empty");
        }
        return values.peek();
    }

    public int min() {
        if (minima.isEmpty()) {
            throw new NoSuchElementException("MinStack: min of an empty stack");
        }
        return minima.peek();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
