package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decode String: expand an encoding where {@code k[text]} means text repeated k times, nested to any depth;
 * e.g. "3[a2[c]]" is "accaccacc".
 *
 * <p>Approach: two stacks. On '[' push the repeat count and the text built so far and start a new text;
 * on ']' pop them and append the inner text that many times to the outer one.
 *
 * <p>Complexity: O(output length) time and space.
 *
 * <p>Pitfall: multi-digit counts. "10[a]" must read 10, not 1 and 0: digits accumulate as
 * {@code k = 10k + d} until the '['. Malformed input (unbalanced brackets, a count without a bracket) is
 * refused with the position, instead of silently dropping text.
 */
public final class DecodeString {

    private DecodeString() {
    }

    public static String decodeString(String s) {
        Deque<Integer> counts = new ArrayDeque<>();
        Deque<StringBuilder> outer = new ArrayDeque<>();
        StringBuilder current = new StringBuilder();
        int k = 0;
        boolean pendingCount = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                k = Math.addExact(Math.multiplyExact(k, 10), c - '0');
                pendingCount = true;
            } else if (c == '[') {
                if (!pendingCount) {
                    throw malformed(s, i, "'[' without a repeat count");
                }
                counts.push(k);
                outer.push(current);
                current = new StringBuilder();
                k = 0;
                pendingCount = false;
            } else if (pendingCount) {
                throw malformed(s, i, "a repeat count must be followed by '['");
            } else if (c == ']') {
                if (counts.isEmpty()) {
                    throw malformed(s, i, "']' without a matching '['");
                }
                StringBuilder enclosing = outer.pop();
                enclosing.append(current.toString().repeat(counts.pop()));
                current = enclosing;
            } else {
                current.append(c);
            }
        }
        if (pendingCount || !counts.isEmpty()) {
            throw malformed(s, s.length(), "unclosed '[' or trailing count");
        }
        return current.toString();
    }

    private static IllegalArgumentException malformed(String s, int index, String what) {
        return new IllegalArgumentException("decodeString: malformed \"" + s + "\" at index " + index + ": " + what);
    }
}
