package dlprep.algorithms.leetcode;

/**
 * Shortest Palindrome: add the fewest characters in front of s to make it a palindrome, and return the
 * result.
 *
 * <p>Approach: the answer keeps the longest palindromic prefix of s and mirrors the rest in front. The
 * longest palindromic prefix is the longest prefix of s that is also a suffix of reverse(s): the last
 * value of the KMP prefix function of {@code s + '#' + reverse(s)}.
 *
 * <p>Complexity: O(n) time and space; testing every prefix for being a palindrome is O(n^2).
 *
 * <p>Pitfall: the separator. Without it the border may run across the middle: for "aa", "aaaa" has
 * border 3, longer than s itself. The separator must be a character that cannot occur in s; here a
 * {@code char} that is refused in the input.
 */
public final class ShortestPalindrome {

    private static final char SEPARATOR = '\0';

    private ShortestPalindrome() {
    }

    public static String shortestPalindrome(String s) {
        if (s.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("shortestPalindrome: the input may not contain the NUL character (index "
                    + s.indexOf(SEPARATOR) + "), which serves as separator");
        }
        String reversed = new StringBuilder(s).reverse().toString();
        String t = s + SEPARATOR + reversed;
        int[] border = new int[t.length()];
        for (int i = 1; i < t.length(); i++) {
            int k = border[i - 1];
            while (k > 0 && t.charAt(i) != t.charAt(k)) {
                k = border[k - 1];
            }
            border[i] = t.charAt(i) == t.charAt(k) ? k + 1 : 0;
        }
        int palindromicPrefix = border[t.length() - 1];
        return reversed.substring(0, s.length() - palindromicPrefix) + s;
    }
}
