package dlprep.algorithms.dp;

/**
 * Levenshtein edit distance: the fewest single-character insertions, deletions and substitutions turning a
 * into b. {@code D[i][j]} for prefixes: equal last characters cost nothing ({@code D[i-1][j-1]}), otherwise
 * 1 + the best of substitute {@code D[i-1][j-1]}, delete {@code D[i-1][j]}, insert {@code D[i][j-1]}. Only
 * the previous row is needed: O(nm) time, O(m) memory.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int of(String a, String b) {
        int m = b.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;   // "" -> b[0..j): j insertions
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1)
                        ? prev[j - 1]
                        : 1 + Math.min(prev[j - 1], Math.min(prev[j], cur[j - 1]));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
