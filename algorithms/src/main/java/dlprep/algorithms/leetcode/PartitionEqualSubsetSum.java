package dlprep.algorithms.leetcode;

/**
 * Partition Equal Subset Sum: can the array of positive integers be split into two subsets of equal sum?
 *
 * <p>Approach: 0/1 knapsack on reachability. The total must be even; then ask whether some subset sums to
 * total / 2. {@code reachable[s]} says whether a subset of the items seen so far sums to s; each item x
 * sets reachable[s] |= reachable[s - x], for s going down.
 *
 * <p>Complexity: O(n * total / 2) time, O(total / 2) space; trying all subsets is O(2^n).
 *
 * <p>Pitfall: the loop direction. Going up, reachable[s - x] may already include x itself, so one item is
 * used several times (that is the unbounded knapsack); going down, it still holds the previous row. The
 * sum is a long, so large values cannot overflow into a wrong parity.
 */
public final class PartitionEqualSubsetSum {

    private PartitionEqualSubsetSum() {
    }

    public static boolean canPartition(int[] nums) {
        long total = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] <= 0) {
                throw new IllegalArgumentException("canPartition: values must be positive, got " + nums[i] + " at index " + i);
            }
            total += nums[i];
        }
        if (total % 2 != 0) {
            return false;
        }
        if (total / 2 > 10_000_000) {
            throw new IllegalArgumentException("canPartition: half the sum, " + total / 2
                    + ", is too large for the pseudo-polynomial DP (limit 10^7)");
        }
        int target = (int) (total / 2);
        boolean[] reachable = new boolean[target + 1];
        reachable[0] = true;
        for (int x : nums) {
            for (int s = target; s >= x; s--) {
                reachable[s] |= reachable[s - x];
            }
        }
        return reachable[target];
    }
}
