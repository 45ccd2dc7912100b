package dlprep.algorithms.offer;

/**
 * JZ65 矩阵中的路径: whether a word can be spelled by a path in a character grid that moves up, down, left or
 * right and uses each cell at most once.
 *
 * <p>Approach: backtracking depth-first search from every cell: match the next letter, mark the cell as used,
 * try the four neighbours, unmark on the way back.
 *
 * <p>Complexity: O(m n 3^L) time for a word of length L (after the first step each cell has at most three
 * unused neighbours), O(m n + L) space.
 *
 * <p>Original: solved as file JZ65; the inventory records no defect. Pitfall: forgetting to unmark a cell
 * when backtracking makes later paths through it fail. The empty word is found in any grid.
 *
 * @see OfferProblems
 */
public final class MatrixPath {
    private final char[][] grid;
    private final String word;
    private final boolean[][] used;

    private MatrixPath(char[][] grid, int cols, String word) {
        this.grid = grid;
        this.word = word;
        this.used = new boolean[grid.length][cols];
    }

    public static boolean hasPath(char[][] grid, String word) {
        int cols = Inputs.rectangularColumns(grid, MatrixPath.class);
        Inputs.notNull(word, MatrixPath.class, "word");
        if (word.isEmpty()) {
            return true;
        }
        MatrixPath search = new MatrixPath(grid, cols, word);
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < cols; c++) {
                if (search.from(r, c, 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether word[k..] can be spelled starting at (r, c). */
    private boolean from(int r, int c, int k) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length || used[r][c]
                || grid[r][c] != word.charAt(k)) {
            return false;
        }
        if (k == word.length() - 1) {
            return true;
        }
        used[r][c] = true;
        boolean found = from(r + 1, c, k + 1) || from(r - 1, c, k + 1)
                || from(r, c + 1, k + 1) || from(r, c - 1, k + 1);
        used[r][c] = false;
        return found;
    }
}
