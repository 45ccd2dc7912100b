package dlprep.algorithms.dp;

/**
 * Burst balloons (LeetCode 312), the model interval DP. Bursting balloon i earns
 * {@code nums[left] * nums[i] * nums[right]} with its current neighbours. Thinking of the first balloon to
 * burst couples the two sides; thinking of the LAST balloon k to burst in an open interval (l, r) does not:
 * while k stands, l and r are its neighbours and the two sides are independent.
 * {@code best[l][r] = max over k of best[l][k] + best[k][r] + p[l] p[k] p[r]}, with p padded by 1 at both
 * ends, intervals by increasing length. O(n^3). (A greedy order, as the original's L332 tried, is wrong.)
 */
public final class BurstBalloons {

    private BurstBalloons() {
    }

    public static long maxCoins(int[] nums) {
        int n = nums.length;
        long[] p = new long[n + 2];
        p[0] = 1;
        p[n + 1] = 1;
        for (int i = 0; i < n; i++) {
            if (nums[i] < 0) {
                throw new IllegalArgumentException("BurstBalloons: values must be >= 0, got " + nums[i] + " at index " + i);
            }
            p[i + 1] = nums[i];
        }
        long[][] best = new long[n + 2][n + 2];
        for (int len = 2; len <= n + 1; len++) {
            for (int l = 0; l + len <= n + 1; l++) {
                int r = l + len;
                for (int k = l + 1; k < r; k++) {
                    best[l][r] = Math.max(best[l][r], best[l][k] + best[k][r] + p[l] * p[k] * p[r]);
                }
            }
        }
        return best[0][n + 1];
    }
}
