package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BurstBalloonsTest {

    @Test
    void answersTheExamples() {
        // 3,1,5,8 -> burst 1: 3*1*5, then 5: 3*5*8, then 3: 1*3*8, then 8: 1*8*1 = 15 + 120 + 24 + 8 = 167
        assertEquals(167, BurstBalloons.maxCoins(new int[] {3, 1, 5, 8}));
        assertEquals(10, BurstBalloons.maxCoins(new int[] {1, 5}));   // 1*1*5 + 1*5*1
        assertEquals(0, BurstBalloons.maxCoins(new int[0]));
        assertEquals(7, BurstBalloons.maxCoins(new int[] {7}));
    }

    @Test
    void refusesNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> BurstBalloons.maxCoins(new int[] {1, -1}));
    }

    @Test
    void agreesWithTryingEveryBurstOrder() {
        Random random = new Random(312);
        for (int t = 0; t < 100; t++) {
            int[] a = random.ints(random.nextInt(6), 0, 6).toArray();
            List<Integer> values = new ArrayList<>();
            Arrays.stream(a).forEach(values::add);
            assertEquals(bestOrder(values), BurstBalloons.maxCoins(a), Arrays.toString(a));
        }
    }

    private static long bestOrder(List<Integer> values) {
        long best = 0;
        for (int i = 0; i < values.size(); i++) {
            long left = i == 0 ? 1 : values.get(i - 1);
            long right = i == values.size() - 1 ? 1 : values.get(i + 1);
            List<Integer> rest = new ArrayList<>(values);
            rest.remove(i);
            best = Math.max(best, left * values.get(i) * right + bestOrder(rest));
        }
        return best;
    }
}
