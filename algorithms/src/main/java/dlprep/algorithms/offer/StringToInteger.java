package dlprep.algorithms.offer;

import java.util.OptionalInt;

/**
 * JZ49 把字符串转换成整数: parse a string that should be an optional sign followed by decimal digits into an
 * int, without a library parser; Nowcoder's version answers 0 for anything else.
 *
 * <p>Approach: read the sign, then accumulate the digits as a negative number (the int range has one more
 * negative value than positive), checking before each step that {@code value * 10 - digit} stays above
 * Integer.MIN_VALUE; negate at the end for a positive sign.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ49; the inventory records no defect. Pitfalls: "+", "-" and "" are not
 * numbers; "2147483648" overflows while "-2147483648" does not; answering 0 for an invalid string cannot be
 * told from "0", hence an OptionalInt.
 *
 * @see OfferProblems
 */
public final class StringToInteger {
    private StringToInteger() {
    }

    /** The value of {@code s}, or empty if it is not an int in decimal (no spaces, at most one sign). */
    public static OptionalInt parse(String s) {
        Inputs.notNull(s, StringToInteger.class, "s");
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
            int digit = c - '0';
            if (value < (Integer.MIN_VALUE + digit) / 10) {
                return OptionalInt.empty();
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Integer.MIN_VALUE) {
                return OptionalInt.empty();
            }
            value = -value;
        }
        return OptionalInt.of(value);
    }
}
