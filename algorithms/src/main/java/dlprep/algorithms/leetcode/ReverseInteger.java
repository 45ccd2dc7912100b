package dlprep.algorithms.leetcode;

/**
 * Reverse Integer: reverse the decimal digits of a 32-bit signed integer, keeping the sign, and answer 0
 * when the reversed value does not fit in 32 bits (the problem forbids 64-bit arithmetic).
 *
 * <p>Approach: pop the last digit with {@code x % 10} and push it onto the result; Java's remainder keeps the
 * dividend's sign, so negative numbers need no special case. Before each push, check that
 * {@code result * 10 + digit} stays inside [MIN_VALUE, MAX_VALUE] by comparing against MAX_VALUE / 10.
 *
 * <p>Complexity: O(log10 |x|) time, O(1) space.
 *
 * <p>Pitfall: overflow. The check must come before the multiplication; afterwards the value has already
 * wrapped. Taking {@code Math.abs(x)} first is wrong too: {@code Math.abs(Integer.MIN_VALUE)} is negative.
 */
public final class ReverseInteger {

    private ReverseInteger() {
    }

    public static int reverse(int x) {
        int result = 0;
        while (x != 0) {
            int digit = x % 10;
            x /= 10;
            if (result > Integer.MAX_VALUE / 10 || (result == Integer.MAX_VALUE / 10 && digit > 7)) {
                return 0;
            }
            if (result < Integer.MIN_VALUE / 10 || (result == Integer.MIN_VALUE / 10 && digit < -8)) {
                return 0;
            }
            result = result * 10 + digit;
        }
        return result;
    }
}
