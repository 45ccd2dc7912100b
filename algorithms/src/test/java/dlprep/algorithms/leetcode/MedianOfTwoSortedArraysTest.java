package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MedianOfTwoSortedArraysTest {

    private static double median(int[] a, int[] b) {
        return MedianOfTwoSortedArrays.findMedianSortedArrays(a, b);
    }

    @Test
    void findsTheExamples() {
        assertEquals(2.0, median(new int[] {1, 3}, new int[] {2}));
        assertEquals(2.5, median(new int[] {1, 2}, new int[] {3, 4}));
        assertEquals(5.0, median(new int[0], new int[] {5}));
        assertEquals(1.5, median(new int[] {1, 2}, new int[0]));
    }

    @Test
    void extremeValuesNeitherActAsSentinelsNorOverflow() {
        assertEquals(Integer.MAX_VALUE, median(new int[] {Integer.MAX_VALUE}, new int[] {Integer.MAX_VALUE}));
        assertEquals(Integer.MIN_VALUE, median(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}, new int[] {Integer.MIN_VALUE}));
        assertEquals(-0.5, median(new int[] {Integer.MIN_VALUE}, new int[] {Integer.MAX_VALUE}));   // (-2^31 + 2^31 - 1) / 2
    }

    @Test
    void refusesTwoEmptyArrays() {
        assertThrows(IllegalArgumentException.class, () -> median(new int[0], new int[0]));
    }

    @Test
    void agreesWithMerging() {
        Random random = new Random(4);
        for (int t = 0; t < 1000; t++) {
            int[] a = random.ints(random.nextInt(6), -5, 6).sorted().toArray();
            int[] b = random.ints(random.nextInt(6), -5, 6).sorted().toArray();
            if (a.length + b.length == 0) {
                continue;
            }
            int[] all = IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().toArray();
            int n = all.length;
            double expected = n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2.0;
            assertEquals(expected, median(a, b), Arrays.toString(a) + " " + Arrays.toString(b));
        }
    }
}
