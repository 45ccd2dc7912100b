package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionEqualSubsetSumTest {

    @Test
    void decidesTheExamples() {
        assertTrue(PartitionEqualSubsetSum.canPartition(new int[] {1, 5, 11, 5}));   // 11 = 1 + 5 + 5
        assertFalse(PartitionEqualSubsetSum.canPartition(new int[] {1, 2, 3, 5}));
        assertFalse(PartitionEqualSubsetSum.canPartition(new int[] {7}));
        assertTrue(PartitionEqualSubsetSum.canPartition(new int[] {4, 4}));
    }

    @Test
    void anItemIsUsedOnlyOnce() {
        // even total 6, target 3; a forward loop would reach 3 as 1 + 1 + 1 from the single 1
        assertFalse(PartitionEqualSubsetSum.canPartition(new int[] {1, 5}));
        assertFalse(PartitionEqualSubsetSum.canPartition(new int[] {2, 6}));
    }

    @Test
    void refusesNonPositiveValuesAndHugeSums() {
        assertThrows(IllegalArgumentException.class, () -> PartitionEqualSubsetSum.canPartition(new int[] {1, 0, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> PartitionEqualSubsetSum.canPartition(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void agreesWithEnumeratingSubsets() {
        Random random = new Random(416);
        for (int t = 0; t < 300; t++) {
            int[] a = random.ints(1 + random.nextInt(10), 1, 10).toArray();
            long total = Arrays.stream(a).sum();
            boolean expected = false;
            for (int mask = 0; mask < 1 << a.length; mask++) {
                long sum = 0;
                for (int i = 0; i < a.length; i++) {
                    if ((mask >> i & 1) == 1) {
                        sum += a[i];
                    }
                }
                expected |= 2 * sum == total;
            }
            assertEquals(expected, PartitionEqualSubsetSum.canPartition(a), Arrays.toString(a));
        }
    }
}
