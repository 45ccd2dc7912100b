package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class FindFirstAndLastPositionOfElementInSortedArrayTest {

    private static int[] range(int[] a, int target) {
        return FindFirstAndLastPositionOfElementInSortedArray.searchRange(a, target);
    }

    @Test
    void findsTheExamples() {
        assertArrayEquals(new int[] {3, 4}, range(new int[] {5, 7, 7, 8, 8, 10}, 8));
        assertArrayEquals(new int[] {-1, -1}, range(new int[] {5, 7, 7, 8, 8, 10}, 6));
        assertArrayEquals(new int[] {-1, -1}, range(new int[0], 0));
        assertArrayEquals(new int[] {0, 0}, range(new int[] {1}, 1));
    }

    @Test
    void allEqualAndExtremeTargets() {
        assertArrayEquals(new int[] {0, 4}, range(new int[] {2, 2, 2, 2, 2}, 2));
        // lowerBound(target + 1) would overflow here
        assertArrayEquals(new int[] {1, 2}, range(new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE}, Integer.MAX_VALUE));
        assertArrayEquals(new int[] {0, 0}, range(new int[] {Integer.MIN_VALUE, 0}, Integer.MIN_VALUE));
    }

    @Test
    void agreesWithLinearScan() {
        Random random = new Random(34);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(random.nextInt(10), 0, 5).sorted().toArray();
            int target = random.nextInt(7) - 1;
            int first = -1;
            int last = -1;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == target) {
                    last = i;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            assertArrayEquals(new int[] {first, last}, range(a, target), Arrays.toString(a) + " " + target);
        }
    }
}
