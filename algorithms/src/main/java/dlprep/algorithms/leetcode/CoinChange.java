package dlprep.algorithms.leetcode;

import java.util.Arrays;

/**
 * Coin Change: the fewest coins (each denomination available without limit) that add up to the amount, or
 * -1 if the amount cannot be made.
 *
 * <p>Approach: unbounded knapsack. {@code fewest[a] = 1 + min over coins c <= a of fewest[a - c]}, filled
 * for a = 1..amount.
 *
 * <p>Complexity: O(amount * coins) time, O(amount) space.
 *
 * <p>Pitfall: greedy by largest coin is wrong for non-canonical coin systems: with coins 1, 3, 4 and amount
 * 6 it takes 4 + 1 + 1 (3 coins) instead of 3 + 3. And "unreachable" must not be Integer.MAX_VALUE, since
 * 1 + MAX_VALUE overflows to a negative count that then wins every min; here it is amount + 1, more than
 * any real answer.
 */
public final class CoinChange {

    private CoinChange() {
    }

    public static int coinChange(int[] coins, int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("coinChange: the amount must be >= 0, got " + amount);
        }
        for (int c : coins) {
            if (c <= 0) {
                throw new IllegalArgumentException("coinChange: coins must be positive, got " + c);
            }
        }
        int unreachable = amount + 1;
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, unreachable);
        fewest[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) {
                    fewest[a] = Math.min(fewest[a], fewest[a - c] + 1);
                }
            }
        }
        return fewest[amount] == unreachable ? -1 : fewest[amount];
    }
}
