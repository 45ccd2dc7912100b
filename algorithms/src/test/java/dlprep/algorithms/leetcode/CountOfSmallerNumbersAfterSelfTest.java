package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountOfSmallerNumbersAfterSelfTest {

    @Test
    void countsTheExample() {
        assertEquals(List.of(2, 1, 1, 0), CountOfSmallerNumbersAfterSelf.countSmaller(new int[] {5, 2, 6, 1}));
        assertEquals(List.of(), CountOfSmallerNumbersAfterSelf.countSmaller(new int[0]));
        assertEquals(List.of(0), CountOfSmallerNumbersAfterSelf.countSmaller(new int[] {-1}));
    }

    @Test
    void equalValuesAreNotSmaller() {
        assertEquals(List.of(0, 0, 0), CountOfSmallerNumbersAfterSelf.countSmaller(new int[] {3, 3, 3}));
        assertEquals(List.of(1, 1, 0), CountOfSmallerNumbersAfterSelf.countSmaller(new int[] {-1, -1, -2}));
        assertEquals(List.of(2, 0, 0), CountOfSmallerNumbersAfterSelf.countSmaller(new int[] {-1, -2, -2}));
    }

    @Test
    void agreesWithTheDoubleLoop() {
        Random random = new Random(315);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(random.nextInt(12), -4, 5).toArray();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                int c = 0;
                for (int j = i + 1; j < a.length; j++) {
                    c += a[j] < a[i] ? 1 : 0;
                }
                expected.add(c);
            }
            assertEquals(expected, CountOfSmallerNumbersAfterSelf.countSmaller(a), Arrays.toString(a));
        }
    }
}
