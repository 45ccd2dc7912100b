package dlprep.algorithms.offer;

/**
 * JZ53 表示数值的字符串: whether a string is a decimal number: an optional sign, digits with at most one
 * decimal point (at least one digit on some side of it), then optionally 'e' or 'E', an optional sign and
 * at least one digit. "+100", "5e2", "-123", "3.1416", "-1E-16", ".5", "5." are numbers; "12e", "1a3.14",
 * "1.2.3", "+-5", "12e+4.3", "." are not.
 *
 * <p>Approach: a single left-to-right scan that reads each part in order (a hand-written automaton), ending
 * exactly at the last character. No surrounding spaces are allowed (the classic version; the newer Nowcoder
 * one trims them).
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ53; the inventory records no defect. Pitfall: "e" without an exponent, or an
 * exponent with a decimal point.
 *
 * @see OfferProblems
 */
public final class IsNumeric {
    private IsNumeric() {
    }

    public static boolean isNumeric(String s) {
        Inputs.notNull(s, IsNumeric.class, "s");
        int i = skipSign(s, 0);
        int intStart = i;
        i = skipDigits(s, i);
        boolean digits = i > intStart;
        if (i < s.length() && s.charAt(i) == '.') {
            int fracStart = ++i;
            i = skipDigits(s, i);
            digits |= i > fracStart;
        }
        if (!digits) {
            return false;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i = skipSign(s, i + 1);
            int expStart = i;
            i = skipDigits(s, i);
            if (i == expStart) {
                return false;
            }
        }
        return i == s.length();
    }

    private static int skipSign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
