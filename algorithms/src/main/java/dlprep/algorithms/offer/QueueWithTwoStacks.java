package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * JZ5 用两个栈实现队列: a FIFO queue built from two LIFO stacks.
 *
 * <p>Approach: push onto the in-stack; pop from the out-stack, and only when it is empty pour the whole
 * in-stack into it, which reverses the order so the oldest element is on top.
 *
 * <p>Complexity: push O(1); pop amortised O(1) (each element is moved from one stack to the other once),
 * O(n) worst case for a single pop; O(n) space.
 *
 * <p>Original: solved as file JZ5; the inventory records no defect. Pitfall: pouring back after every pop, or
 * pouring while the out-stack is not empty, breaks either the bound or the order.
 *
 * @see OfferProblems
 */
public final class QueueWithTwoStacks {
    private final Deque<Integer> in = new ArrayDeque<>();
    private final Deque<Integer> out = new ArrayDeque<>();

    public void push(int value) {
        in.push(value);
    }

    /** Removes and returns the oldest value. */
    public int pop() {
        if (out.isEmpty()) {
            while (!in.isEmpty()) {
                out.push(in.pop());
            }
        }
        if (out.isEmpty()) {
            throw new NoSuchElementException("QueueWithTwoStacks: pop on an empty queue");
        }
        return out.pop();
    }

    public boolean isEmpty() {
        return in.isEmpty() && out.isEmpty();
    }
}
