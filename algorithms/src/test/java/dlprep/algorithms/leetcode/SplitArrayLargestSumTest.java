package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SplitArrayLargestSumTest {

    @Test
    void splitsTheExamples() {
        assertEquals(18, SplitArrayLargestSum.splitArray(new int[] {7, 2, 5, 10, 8}, 2));   // [7 2 5] [10 8]
        assertEquals(9, SplitArrayLargestSum.splitArray(new int[] {1, 2, 3, 4, 5}, 2));     // [1 2 3] [4 5]
        assertEquals(4, SplitArrayLargestSum.splitArray(new int[] {1, 4, 4}, 3));
        assertEquals(5, SplitArrayLargestSum.splitArray(new int[] {5}, 1));
    }

    @Test
    void theLargestElementBoundsFromBelow() {
        assertEquals(10, SplitArrayLargestSum.splitArray(new int[] {1, 10, 1}, 3));
        assertEquals(0, SplitArrayLargestSum.splitArray(new int[] {0, 0, 0}, 2));
        assertEquals(3L * Integer.MAX_VALUE, SplitArrayLargestSum.splitArray(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}, 1));
    }

    @Test
    void refusesImpossibleSplits() {
        assertThrows(IllegalArgumentException.class, () -> SplitArrayLargestSum.splitArray(new int[] {1, 2}, 3));
        assertThrows(IllegalArgumentException.class, () -> SplitArrayLargestSum.splitArray(new int[0], 1));
        assertThrows(IllegalArgumentException.class, () -> SplitArrayLargestSum.splitArray(new int[] {1, -2}, 1));
    }

    @Test
    void agreesWithTheDpOverSplitPoints() {
        Random random = new Random(410);
        for (int t = 0; t < 300; t++) {
            int[] a = random.ints(1 + random.nextInt(8), 0, 10).toArray();
            int k = 1 + random.nextInt(a.length);
            int n = a.length;
            long[] prefix = new long[n + 1];
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = prefix[i] + a[i];
            }
            // best[p][i]: smallest largest sum splitting the first i elements into p parts
            long[][] best = new long[k + 1][n + 1];
            for (long[] row : best) {
                Arrays.fill(row, Long.MAX_VALUE);
            }
            best[0][0] = 0;
            for (int p = 1; p <= k; p++) {
                for (int i = p; i <= n; i++) {
                    for (int j = p - 1; j < i; j++) {
                        if (best[p - 1][j] != Long.MAX_VALUE) {
                            best[p][i] = Math.min(best[p][i], Math.max(best[p - 1][j], prefix[i] - prefix[j]));
                        }
                    }
                }
            }
            assertEquals(best[k][n], SplitArrayLargestSum.splitArray(a, k), Arrays.toString(a) + " k = " + k);
        }
    }
}
