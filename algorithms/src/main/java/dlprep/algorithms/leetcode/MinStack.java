package dlprep.algorithms.leetcode;

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

    /** The same problem as 剑指Offer JZ20, so the same stack; this class keeps LeetCode's method names. */
    private final dlprep.algorithms.offer.MinStack stack = new dlprep.algorithms.offer.MinStack();

    public void push(int value) {
        stack.push(value);
    }

    public void pop() {
        requireNonEmpty("pop");
        stack.pop();
    }

    public int top() {
        requireNonEmpty("top");
        return stack.top();
    }

    public int getMin() {
        requireNonEmpty("getMin");
        return stack.min();
    }

    private void requireNonEmpty(String operation) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("MinStack." + operation + ": the stack is empty; push a value first");
        }
    }
}
