package dlprep.algorithms.dp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnapsackTest {

    @Test
    void theRoadmapExampleBeatsGreedy() {
        // roadmap note: items (1, 15), (3, 20), (4, 30), capacity 4 -> 35 with items 0 and 1, not 30 with item 2
        Knapsack.Result r = Knapsack.zeroOne(new int[] {1, 3, 4}, new long[] {15, 20, 30}, 4);
        assertEquals(35, r.value());
        assertEquals(List.of(0, 1), r.items());
        // unbounded: item 0 four times, 4 * 15 = 60
        assertEquals(60, Knapsack.unbounded(new int[] {1, 3, 4}, new long[] {15, 20, 30}, 4));
    }

    @Test
    void emptyCases() {
        assertEquals(new Knapsack.Result(0, List.of()), Knapsack.zeroOne(new int[0], new long[0], 10));
        assertEquals(0, Knapsack.zeroOne(new int[] {5}, new long[] {9}, 4).value());   // does not fit
        assertEquals(0, Knapsack.unbounded(new int[] {5}, new long[] {9}, 0));
    }

    @Test
    void zeroOneAgreesWithTryingEverySubset() {
        Random random = new Random(22);
        for (int t = 0; t < 200; t++) {
            int n = random.nextInt(9);
            int[] w = new int[n];
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                w[i] = 1 + random.nextInt(10);
                v[i] = random.nextInt(50);
            }
            int cap = random.nextInt(30);
            long best = 0;
            for (int mask = 0; mask < 1 << n; mask++) {
                long sw = 0;
                long sv = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask >> i & 1) == 1) {
                        sw += w[i];
                        sv += v[i];
                    }
                }
                if (sw <= cap) {
                    best = Math.max(best, sv);
                }
            }
            Knapsack.Result r = Knapsack.zeroOne(w, v, cap);
            assertEquals(best, r.value());
            long chosenWeight = r.items().stream().mapToLong(i -> w[i]).sum();
            long chosenValue = r.items().stream().mapToLong(i -> v[i]).sum();
            assertEquals(best, chosenValue);
            assertTrue(chosenWeight <= cap, "weight " + chosenWeight + " > capacity " + cap);
        }
    }

    @Test
    void unboundedAgreesWithRecursion() {
        Random random = new Random(23);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(4);
            int[] w = new int[n];
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                w[i] = 1 + random.nextInt(6);
                v[i] = random.nextInt(20);
            }
            int cap = random.nextInt(20);
            assertEquals(unboundedByRecursion(w, v, cap), Knapsack.unbounded(w, v, cap));
        }
    }

    @Test
    void invalidItemsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Knapsack.zeroOne(new int[] {0}, new long[] {1}, 3));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.zeroOne(new int[] {1}, new long[0], 3));
        assertThrows(IllegalArgumentException.class, () -> Knapsack.unbounded(new int[] {1}, new long[] {1}, -1));
    }

    /** Best value for capacity c: try each item as the next one. Exponential, fine for tiny capacities. */
    private static long unboundedByRecursion(int[] w, long[] v, int c) {
        long best = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= c) {
                best = Math.max(best, v[i] + unboundedByRecursion(w, v, c - w[i]));
            }
        }
        return best;
    }
}
