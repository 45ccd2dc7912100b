package dlprep.algorithms.offer;

/**
 * JZ52 正则表达式匹配: whether a whole string matches a pattern where '.' matches any one character and
 * 'x*' matches zero or more of the preceding element x.
 *
 * <p>Approach: dynamic programming over suffixes: match[i][j] says whether s[i..] matches p[j..]. If p[j + 1]
 * is '*', either skip "p[j]*" (match[i][j + 2]) or, when s[i] matches p[j], consume s[i] and stay
 * (match[i + 1][j]); otherwise s[i] must match p[j] and match[i + 1][j + 1] holds.
 *
 * <p>Complexity: O(|s| |p|) time and space (plain backtracking is exponential on "aaaaaaaaab" against
 * "a*a*a*a*a*c").
 *
 * <p>Original: solved twice (two files named JZ52); the inventory records no defect. Invalid patterns (a '*'
 * with nothing before it, or "**") are rejected.
 *
 * @see OfferProblems
 */
public final class RegexMatching {
    private RegexMatching() {
    }

    public static boolean matches(String s, String pattern) {
        Inputs.notNull(s, RegexMatching.class, "s");
        Inputs.notNull(pattern, RegexMatching.class, "pattern");
        for (int j = 0; j < pattern.length(); j++) {
            if (pattern.charAt(j) == '*' && (j == 0 || pattern.charAt(j - 1) == '*')) {
                throw Inputs.invalid(RegexMatching.class, "'*' at index " + j + " of pattern \"" + pattern
                        + "\" has no element before it to repeat");
            }
        }
        int n = s.length();
        int m = pattern.length();
        boolean[][] match = new boolean[n + 1][m + 1];
        match[n][m] = true;
        for (int i = n; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                if (pattern.charAt(j) == '*') {
                    continue;
                }
                boolean first = i < n && (pattern.charAt(j) == '.' || pattern.charAt(j) == s.charAt(i));
                if (j + 1 < m && pattern.charAt(j + 1) == '*') {
                    match[i][j] = match[i][j + 2] || (first && match[i + 1][j]);
                } else {
                    match[i][j] = first && match[i + 1][j + 1];
                }
            }
        }
        return match[0][0];
    }
}
