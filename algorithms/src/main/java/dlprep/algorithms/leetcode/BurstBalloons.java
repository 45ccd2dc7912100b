package dlprep.algorithms.leetcode;

/**
 * Burst Balloons: bursting balloon i earns left * a[i] * right, where left and right are its current
 * neighbours (1 beyond the ends), and the neighbours then close up; return the most coins for bursting all.
 * The original repository filed a greedy attempt at it under the number 332.
 *
 * <p>Approach: interval DP on the last balloon burst. Pad the array with 1 at both ends; for an open
 * interval (l, r), if k is the last balloon burst inside it, its neighbours at that moment are l and r,
 * and the two sides are independent: best(l, r) = max over k of best(l, k) + a[l] a[k] a[r] + best(k, r).
 *
 * <p>Complexity: O(n^3) time, O(n^2) space; trying all burst orders is O(n!).
 *
 * <p>Pitfall: choosing the first balloon to burst makes the two sides depend on each other (they become
 * neighbours), so no recurrence exists; choosing the last one makes them independent. Greedy orders
 * (smallest first, largest last) fail: [3, 1, 5, 8] gives 167, which no simple greedy finds.
 */
public final class BurstBalloons {

    private BurstBalloons() {
    }

    public static long maxCoins(int[] nums) {
        int n = nums.length;
        long[] a = new long[n + 2];
        a[0] = 1;
        a[n + 1] = 1;
        for (int i = 0; i < n; i++) {
            if (nums[i] < 0) {
                throw new IllegalArgumentException("maxCoins: balloon values must be >= 0, got " + nums[i] + " at index " + i);
            }
            a[i + 1] = nums[i];
        }
        long[][] best = new long[n + 2][n + 2];
        for (int length = 2; length <= n + 1; length++) {
            for (int l = 0; l + length <= n + 1; l++) {
                int r = l + length;
                for (int k = l + 1; k < r; k++) {
                    best[l][r] = Math.max(best[l][r], best[l][k] + a[l] * a[k] * a[r] + best[k][r]);
                }
            }
        }
        return best[0][n + 1];
    }
}
