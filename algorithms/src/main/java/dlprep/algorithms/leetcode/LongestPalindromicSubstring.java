package dlprep.algorithms.leetcode;

/**
 * Longest Palindromic Substring: return a longest substring that reads the same backwards (the leftmost
 * one when several have the maximal length).
 *
 * <p>Approach: expand around every centre. A palindrome is determined by its centre, which is either a
 * character (odd length) or a gap between two characters (even length): 2n - 1 centres, each expanded while
 * the ends match. Manacher's algorithm does it in O(n) by reusing mirrored radii; the library has it.
 *
 * <p>Complexity: O(n^2) time, O(1) space.
 *
 * <p>Pitfall: the even centres. Expanding only around characters misses "abba"; and the substring bounds
 * after the expansion loop are {@code (lo + 1, hi)}, one inside where the loop stopped.
 */
public final class LongestPalindromicSubstring {

    private LongestPalindromicSubstring() {
    }

    public static String longestPalindrome(String s) {
        int bestStart = 0;
        int bestLength = 0;
        for (int centre = 0; centre < 2 * s.length() - 1; centre++) {
            int lo = centre / 2;
            int hi = lo + centre % 2;   // odd centres: a gap between lo and lo + 1
            while (lo >= 0 && hi < s.length() && s.charAt(lo) == s.charAt(hi)) {
                lo--;
                hi++;
            }
            int length = hi - lo - 1;
            if (length > bestLength || length == bestLength && lo + 1 < bestStart) {
                bestStart = lo + 1;
                bestLength = length;
            }
        }
        return s.substring(bestStart, bestStart + bestLength);
    }
}
