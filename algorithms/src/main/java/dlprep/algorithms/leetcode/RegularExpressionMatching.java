package dlprep.algorithms.leetcode;

/**
 * Regular Expression Matching: does the pattern match the whole string, where '.' matches any one
 * character and 'x*' matches zero or more copies of the preceding element x?
 *
 * <p>Approach: DP over suffixes. {@code match[i][j]} says whether s[i..] matches p[j..]. If p[j+1] is '*',
 * either skip "x*" (zero copies: match[i][j+2]) or, when s[i] matches x, consume one character and stay on
 * the star (match[i+1][j]); otherwise the first characters must match and both advance.
 *
 * <p>Complexity: O(|s| |p|) time and space; plain backtracking is exponential ("aaaaaaaaaaab" against
 * "a*a*a*a*a*c").
 *
 * <p>Pitfall: the star's zero case. "a*" must match the empty string, so the empty-string row is not all
 * false: match[|s|][j] can be true through a run of "x*" pairs. A pattern starting with '*' or with "**"
 * has nothing to repeat and is refused.
 */
public final class RegularExpressionMatching {

    private RegularExpressionMatching() {
    }

    public static boolean isMatch(String s, String p) {
        for (int j = 0; j < p.length(); j++) {
            if (p.charAt(j) == '*' && (j == 0 || p.charAt(j - 1) == '*')) {
                throw new IllegalArgumentException("isMatch: '*' at index " + j + " of \"" + p + "\" has no element to repeat");
            }
        }
        int n = s.length();
        int m = p.length();
        boolean[][] match = new boolean[n + 1][m + 1];
        match[n][m] = true;
        for (int i = n; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                if (p.charAt(j) == '*') {
                    continue;   // handled together with the element before it
                }
                boolean first = i < n && (p.charAt(j) == '.' || p.charAt(j) == s.charAt(i));
                if (j + 1 < m && p.charAt(j + 1) == '*') {
                    match[i][j] = match[i][j + 2] || first && match[i + 1][j];
                } else {
                    match[i][j] = first && match[i + 1][j + 1];
                }
            }
        }
        return match[0][0];
    }
}
