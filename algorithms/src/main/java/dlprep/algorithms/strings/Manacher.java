package dlprep.algorithms.strings;

/**
 * Manacher's algorithm: the longest palindrome centred at every position in O(n). Interleaving a separator
 * ({@code "abba" -> "#a#b#b#a#"}) makes every palindrome odd-length. Keep the palindrome [c - r[c], c + r[c]]
 * reaching furthest right; a centre i inside it starts from the radius of its mirror 2c - i (capped at the
 * right end) and only grows past it by comparing, so the right end only moves right. In the interleaved
 * string, radius {@code r[i]} is exactly the length of the palindrome in the original.
 */
public final class Manacher {

    private Manacher() {
    }

    /**
     * Radii on the interleaved string of length 2n + 1: {@code radius[i]} is the length of the longest
     * palindrome of s centred at interleaved position i (a character at odd i, a gap at even i).
     */
    public static int[] radii(String s) {
        int n = 2 * s.length() + 1;
        int[] r = new int[n];
        int center = 0;
        int right = 0;   // the palindrome at center reaches right (inclusive)
        for (int i = 0; i < n; i++) {
            if (i < right) {
                r[i] = Math.min(right - i, r[2 * center - i]);
            }
            while (i - r[i] - 1 >= 0 && i + r[i] + 1 < n && at(s, i - r[i] - 1) == at(s, i + r[i] + 1)) {
                r[i]++;
            }
            if (i + r[i] > right) {
                center = i;
                right = i + r[i];
            }
        }
        return r;
    }

    /** The longest palindromic substring (the leftmost if several; "" for ""). */
    public static String longestPalindrome(String s) {
        int[] r = radii(s);
        int best = 0;
        for (int i = 1; i < r.length; i++) {
            if (r[i] > r[best]) {
                best = i;
            }
        }
        int start = (best - r[best]) / 2;
        return s.substring(start, start + r[best]);
    }

    /** The character at interleaved position i: separators (even i) compare equal to each other only. */
    private static int at(String s, int i) {
        return (i & 1) == 0 ? -1 : s.charAt(i >> 1);
    }
}
