package dlprep.algorithms.dp;

/**
 * Longest common subsequence. {@code L[i][j]} is the LCS length of the prefixes a[0..i) and b[0..j): if the
 * last characters match, {@code L[i-1][j-1] + 1}, else the better of dropping one of them. Walking back from
 * L[n][m] along the choices recovers one LCS. O(nm) time and memory.
 */
public final class LongestCommonSubsequence {

    private LongestCommonSubsequence() {
    }

    /** One longest common subsequence of a and b. */
    public static String of(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] len = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                len[i][j] = a.charAt(i - 1) == b.charAt(j - 1)
                        ? len[i - 1][j - 1] + 1
                        : Math.max(len[i - 1][j], len[i][j - 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) {
                out.append(a.charAt(i - 1));
                i--;
                j--;
            } else if (len[i - 1][j] >= len[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return out.reverse().toString();
    }
}
