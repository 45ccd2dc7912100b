package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SmallestKNumbersTest {
    @Test
    void returnsTheKSmallestAscending() {
        assertArrayEquals(new int[] {1, 2, 3, 4}, SmallestKNumbers.smallest(new int[] {4, 5, 1, 6, 2, 7, 3, 8}, 4));
        assertArrayEquals(new int[] {1, 1, 2}, SmallestKNumbers.smallest(new int[] {2, 1, 3, 1, 2}, 3));
    }

    @Test
    void kOfZeroAndKOfTheWholeArray() {
        assertArrayEquals(new int[0], SmallestKNumbers.smallest(new int[] {3, 1}, 0));
        assertArrayEquals(new int[0], SmallestKNumbers.smallest(new int[0], 0));
        assertArrayEquals(new int[] {1, 3}, SmallestKNumbers.smallest(new int[] {3, 1}, 2));
    }

    @Test
    void extremeValuesDoNotBreakTheHeapOrder() {
        // A "(x, y) -> y - x" comparator overflows on MIN_VALUE against positive values.
        int[] a = {Integer.MAX_VALUE, Integer.MIN_VALUE, 5, 0, -1, Integer.MIN_VALUE + 1};
        assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1}, SmallestKNumbers.smallest(a, 3));
    }

    @Test
    void agreesWithSortingOnRandomArrays() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(12), 8);
            int k = rng.nextInt(a.length + 1);
            int[] sorted = a.clone();
            Arrays.sort(sorted);
            assertArrayEquals(Arrays.copyOf(sorted, k), SmallestKNumbers.smallest(a, k));
        }
    }

    @Test
    void rejectsKOutsideTheArrayAndNull() {
        assertRejected(SmallestKNumbers.class, () -> SmallestKNumbers.smallest(new int[] {1}, 2));
        assertRejected(SmallestKNumbers.class, () -> SmallestKNumbers.smallest(new int[] {1}, -1));
        assertRejected(SmallestKNumbers.class, () -> SmallestKNumbers.smallest(null, 0));
    }
}
