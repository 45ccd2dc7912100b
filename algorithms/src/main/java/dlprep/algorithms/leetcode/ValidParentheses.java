package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Valid Parentheses: decide whether a string of the brackets {@code ()[]{}} is well nested: every
 * opening bracket is closed by the same kind, in the right order.
 *
 * <p>Approach: a stack of the expected closing brackets. An opening bracket pushes its partner; a closing
 * bracket must equal the top.
 *
 * <p>Complexity: O(n) time, O(n) space.
 *
 * <p>Pitfall: the two ends of the scan. A closing bracket on an empty stack ("{@code )(}") must fail
 * instead of throwing, and openings left on the stack at the end ("{@code ((}") mean invalid; counting
 * brackets per kind is not enough either ("{@code ([)]}" has balanced counts).
 */
public final class ValidParentheses {

    private ValidParentheses() {
    }

    public static boolean isValid(String s) {
        Deque<Character> expected = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> expected.push(')');
                case '[' -> expected.push(']');
                case '{' -> expected.push('}');
                case ')', ']', '}' -> {
                    if (expected.isEmpty() || expected.pop() != c) {
                        return false;
                    }
                }
                default -> throw new IllegalArgumentException(
                        "isValid: only the brackets ()[]{} are allowed, got '" + c + "' at index " + i);
            }
        }
        return expected.isEmpty();
    }
}
