package dlprep.algorithms.dp;

/**
 * Matrix-chain multiplication order (interval DP). Matrix i is {@code dims[i] x dims[i+1]}. {@code cost[i][j]}
 * is the fewest scalar multiplications for the product of matrices i..j: try every last split k,
 * {@code cost[i][k] + cost[k+1][j] + dims[i] dims[k+1] dims[j+1]}, filling intervals by increasing length so
 * both halves are ready. O(n^3) time, O(n^2) memory.
 */
public final class MatrixChain {

    /** The fewest multiplications and an optimal parenthesization, matrices named A1..An. */
    public record Result(long cost, String order) {
    }

    private MatrixChain() {
    }

    public static Result optimalOrder(int[] dims) {
        if (dims.length < 2) {
            throw new IllegalArgumentException("MatrixChain: needs at least 2 dimensions (one matrix), got " + dims.length);
        }
        for (int d : dims) {
            if (d <= 0) {
                throw new IllegalArgumentException("MatrixChain: dimensions must be positive, got " + d);
            }
        }
        int n = dims.length - 1;
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 2; len <= n; len++) {
            for (int i = 0; i + len - 1 < n; i++) {
                int j = i + len - 1;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + (long) dims[i] * dims[k + 1] * dims[j + 1];
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        }
        return new Result(cost[0][n - 1], order(split, 0, n - 1));
    }

    private static String order(int[][] split, int i, int j) {
        if (i == j) {
            return "A" + (i + 1);
        }
        return "(" + order(split, i, split[i][j]) + order(split, split[i][j] + 1, j) + ")";
    }
}
