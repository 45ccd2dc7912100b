package dlprep.algorithms.offer;

import java.util.HashSet;
import java.util.Set;

/**
 * JZ21 栈的压入、弹出序列: given the order in which distinct values are pushed, whether a second sequence can
 * be the order in which they are popped (pops may be interleaved with pushes).
 *
 * <p>Approach: simulate. Push the values in order; after each push, pop while the top equals the next
 * expected pop. The sequence is possible exactly when the stack ends empty. Greedy popping is safe because
 * with distinct values a top that is wanted now can never be wanted later.
 *
 * <p>Complexity: O(n) time, O(n) space.
 *
 * <p>Original: solved as file JZ21; the inventory records no defect. Pitfall: with repeated values the greedy
 * choice is no longer forced, so they are rejected.
 *
 * @see OfferProblems
 */
public final class ValidateStackSequences {
    private ValidateStackSequences() {
    }

    public static boolean isPopOrder(int[] pushed, int[] popped) {
        Inputs.notNull(pushed, ValidateStackSequences.class, "pushed");
        Inputs.notNull(popped, ValidateStackSequences.class, "popped");
        Set<Integer> seen = new HashSet<>();
        for (int v : pushed) {
            if (!seen.add(v)) {
                throw Inputs.invalid(ValidateStackSequences.class, "value " + v
                        + " is pushed twice; the push sequence must hold distinct values");
            }
        }
        if (pushed.length != popped.length) {
            return false;
        }
        int[] stack = new int[pushed.length];
        int size = 0;
        int next = 0;
        for (int v : pushed) {
            stack[size++] = v;
            while (size > 0 && stack[size - 1] == popped[next]) {
                size--;
                next++;
            }
        }
        return size == 0;
    }
}
