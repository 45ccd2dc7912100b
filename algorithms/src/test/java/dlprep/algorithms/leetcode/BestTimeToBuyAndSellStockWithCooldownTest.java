package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BestTimeToBuyAndSellStockWithCooldownTest {

    private static long profit(int... prices) {
        return BestTimeToBuyAndSellStockWithCooldown.maxProfit(prices);
    }

    @Test
    void answersTheExample() {
        assertEquals(3, profit(1, 2, 3, 0, 2));   // buy 1, sell 2, cool down, buy 0, sell 2
        assertEquals(0, profit(1));
        assertEquals(0, profit());
        assertEquals(0, profit(5, 4, 3));
    }

    @Test
    void theCooldownForbidsBuyingTheDayAfterASale() {
        // without cooldown: (2 - 1) + (3 - 1) = 3; with it, one trade 1 -> 3 gives 2
        assertEquals(2, profit(1, 2, 1, 3));
        assertEquals(2, profit(1, 3));
    }

    @Test
    void refusesNegativePrices() {
        assertThrows(IllegalArgumentException.class, () -> profit(1, -1));
    }

    @Test
    void agreesWithTryingEveryActionSequence() {
        Random random = new Random(309);
        for (int t = 0; t < 500; t++) {
            int[] p = random.ints(random.nextInt(9), 0, 6).toArray();
            assertEquals(best(p, 0, false, false), BestTimeToBuyAndSellStockWithCooldown.maxProfit(p), Arrays.toString(p));
        }
    }

    /** Exhaustive search over buy / sell / wait on each day. */
    private static long best(int[] p, int day, boolean holding, boolean cooling) {
        if (day == p.length) {
            return 0;
        }
        long wait = best(p, day + 1, holding, false);
        if (holding) {
            return Math.max(wait, p[day] + best(p, day + 1, false, true));
        }
        return cooling ? wait : Math.max(wait, -p[day] + best(p, day + 1, true, false));
    }
}
