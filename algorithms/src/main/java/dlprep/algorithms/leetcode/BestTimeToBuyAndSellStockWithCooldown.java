package dlprep.algorithms.leetcode;

/**
 * Best Time to Buy and Sell Stock with Cooldown: given daily prices, buy and sell as often as you like,
 * holding at most one share, but after a sale you must rest one day before buying again; return the
 * largest profit.
 *
 * <p>Approach: a state machine with three states per day: holding a share, just sold (cooling down
 * tomorrow), and resting without a share. hold = max(hold, rest - price); sold = hold + price;
 * rest = max(rest, sold), all from yesterday's values.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Pitfall: the state definition. With only "holding / not holding", the cooldown cannot be expressed:
 * buying must come from "rested", not from "just sold". And the three updates must use yesterday's values;
 * updating hold first and then using it for sold on the same day sells on the day of buying.
 */
public final class BestTimeToBuyAndSellStockWithCooldown {

    private BestTimeToBuyAndSellStockWithCooldown() {
    }

    public static long maxProfit(int[] prices) {
        long hold = Long.MIN_VALUE / 2;   // impossible before the first day
        long sold = Long.MIN_VALUE / 2;
        long rest = 0;
        for (int i = 0; i < prices.length; i++) {
            if (prices[i] < 0) {
                throw new IllegalArgumentException("maxProfit: prices must be >= 0, got " + prices[i] + " on day " + i);
            }
            long newHold = Math.max(hold, rest - prices[i]);
            long newSold = hold + prices[i];
            long newRest = Math.max(rest, sold);
            hold = newHold;
            sold = newSold;
            rest = newRest;
        }
        return Math.max(rest, sold);
    }
}
