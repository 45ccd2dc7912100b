package dlprep.algorithms.leetcode;

/**
 * Longest Common Prefix: the longest string that starts every string of the array.
 *
 * <p>Approach: vertical scan. Compare column i of every string with the first string's, and stop at the
 * first column where some string ends or differs.
 *
 * <p>Complexity: O(S) time for S characters in total (in the worst case), O(1) extra space.
 *
 * <p>Pitfall: the bounds. The column index must be checked against every string's length, not only the
 * first's (["ab", "a"]); an empty array has no strings to share a prefix and is refused rather than
 * answered with an arbitrary "".
 */
public final class LongestCommonPrefix {

    private LongestCommonPrefix() {
    }

    public static String longestCommonPrefix(String[] strs) {
        if (strs.length == 0) {
            throw new IllegalArgumentException("longestCommonPrefix: the array of strings is empty");
        }
        String first = strs[0];
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            for (String s : strs) {
                if (i == s.length() || s.charAt(i) != c) {
                    return first.substring(0, i);
                }
            }
        }
        return first;
    }
}
