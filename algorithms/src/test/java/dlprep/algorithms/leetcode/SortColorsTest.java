package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortColorsTest {

    private static int[] sorted(int... a) {
        SortColors.sortColors(a);
        return a;
    }

    @Test
    void sortsTheExamples() {
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, sorted(2, 0, 2, 1, 1, 0));
        assertArrayEquals(new int[] {0, 1, 2}, sorted(2, 0, 1));
        assertArrayEquals(new int[0], sorted());
        assertArrayEquals(new int[] {1}, sorted(1));
    }

    @Test
    void aValueSwappedInFromTheEndIsExamined() {
        // the first swap brings the last 0 to index 0; advancing i past it without a look would leave it there
        assertArrayEquals(new int[] {0, 0, 2, 2}, sorted(2, 0, 2, 0));
        assertArrayEquals(new int[] {0, 2, 2}, sorted(2, 2, 0));
    }

    @Test
    void refusesOtherValues() {
        var e = assertThrows(IllegalArgumentException.class, () -> sorted(0, 3, 1));
        assertTrue(e.getMessage().contains("3 at index 1"));
    }

    @Test
    void agreesWithArraysSort() {
        Random random = new Random(75);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(random.nextInt(12), 0, 3).toArray();
            int[] expected = a.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, sorted(a));
        }
    }
}
