package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoinChangeTest {

    @Test
    void answersTheExamples() {
        assertEquals(3, CoinChange.coinChange(new int[] {1, 2, 5}, 11));   // 5 + 5 + 1
        assertEquals(-1, CoinChange.coinChange(new int[] {2}, 3));
        assertEquals(0, CoinChange.coinChange(new int[] {1}, 0));
        assertEquals(-1, CoinChange.coinChange(new int[0], 5));
    }

    @Test
    void beatsTheGreedyChoice() {
        assertEquals(2, CoinChange.coinChange(new int[] {1, 3, 4}, 6));   // 3 + 3; greedy takes 4 + 1 + 1
    }

    @Test
    void refusesNonPositiveCoinsAndNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> CoinChange.coinChange(new int[] {0, 1}, 3));
        assertThrows(IllegalArgumentException.class, () -> CoinChange.coinChange(new int[] {1}, -1));
    }

    @Test
    void agreesWithBreadthFirstSearchOverAmounts() {
        Random random = new Random(322);
        for (int t = 0; t < 300; t++) {
            int[] coins = random.ints(1 + random.nextInt(3), 1, 8).toArray();
            int amount = random.nextInt(25);
            // level k of the BFS holds the amounts made with exactly k coins
            int expected = -1;
            boolean[] seen = new boolean[amount + 1];
            List<Integer> level = List.of(0);
            seen[0] = true;
            for (int k = 0; !level.isEmpty(); k++) {
                if (level.contains(amount)) {
                    expected = k;
                    break;
                }
                List<Integer> next = new ArrayList<>();
                for (int a : level) {
                    for (int c : coins) {
                        if (a + c <= amount && !seen[a + c]) {
                            seen[a + c] = true;
                            next.add(a + c);
                        }
                    }
                }
                level = next;
            }
            assertEquals(expected, CoinChange.coinChange(coins, amount), Arrays.toString(coins) + " -> " + amount);
        }
    }
}
