package dlprep.algorithms.offer;

/**
 * JZ43 左旋转字符串: move the first n characters of a string to its end ("abcXYZdef", 3 gives
 * "XYZdefabc"); n may exceed the length, rotating by n mod length.
 *
 * <p>Approach: in a char array, reverse the first n characters, reverse the rest, then reverse the whole:
 * (A^r B^r)^r = B A. This is the in-place answer interviewers ask for; {@code s.substring(n) +
 * s.substring(0, n)} is the same in O(n) extra space.
 *
 * <p>Complexity: O(len) time, O(len) for the char copy of an immutable string (O(1) on an array).
 *
 * <p>Original: solved as file JZ43; the inventory records no defect. Pitfall: n mod 0 on the empty string
 * divides by zero.
 *
 * @see OfferProblems
 */
public final class LeftRotateString {
    private LeftRotateString() {
    }

    public static String rotate(String s, int n) {
        Inputs.notNull(s, LeftRotateString.class, "s");
        if (n < 0) {
            throw Inputs.invalid(LeftRotateString.class, "n = " + n + " is negative; rotate left by a count >= 0");
        }
        if (s.isEmpty()) {
            return s;
        }
        char[] a = s.toCharArray();
        int k = n % a.length;
        reverse(a, 0, k - 1);
        reverse(a, k, a.length - 1);
        reverse(a, 0, a.length - 1);
        return new String(a);
    }

    static void reverse(char[] a, int lo, int hi) {
        for (; lo < hi; lo++, hi--) {
            char t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }
}
