package dlprep.algorithms.leetcode;

/**
 * Edit Distance: the fewest single-character insertions, deletions and substitutions that turn word1 into
 * word2 (Levenshtein distance).
 *
 * <p>Approach: {@code d[i][j]} = distance between the first i characters of word1 and the first j of
 * word2: d[i-1][j-1] when the last characters agree, else 1 + min(substitute d[i-1][j-1], delete
 * d[i-1][j], insert d[i][j-1]). Kept in one row of length |word2| + 1 plus the saved diagonal.
 *
 * <p>Complexity: O(|word1| |word2|) time, O(|word2|) space.
 *
 * <p>Pitfall: the borders and the rolled row. d[i][0] = i and d[0][j] = j (all deletions / insertions),
 * not 0; and in the one-row version d[i-1][j-1] is overwritten before it is needed unless saved first.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int minDistance(String word1, String word2) {
        int m = word2.length();
        int[] row = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= word1.length(); i++) {
            int diagonal = row[0];   // d[i-1][0]
            row[0] = i;
            for (int j = 1; j <= m; j++) {
                int above = row[j];  // d[i-1][j]
                row[j] = word1.charAt(i - 1) == word2.charAt(j - 1)
                        ? diagonal
                        : 1 + Math.min(diagonal, Math.min(above, row[j - 1]));
                diagonal = above;
            }
        }
        return row[m];
    }
}
