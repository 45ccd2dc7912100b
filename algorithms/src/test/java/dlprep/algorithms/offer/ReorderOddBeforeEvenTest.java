package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ReorderOddBeforeEvenTest {
    @Test
    void oddsFirstInTheirOriginalOrder() {
        assertArrayEquals(new int[] {1, 3, 5, 7, 2, 4, 6}, ReorderOddBeforeEven.reorder(new int[] {1, 2, 3, 4, 5, 6, 7}));
        assertArrayEquals(new int[] {1, 3, 1, 2, 4}, ReorderOddBeforeEven.reorder(new int[] {2, 1, 4, 3, 1}));
    }

    @Test
    void negativeOddNumbersAreOdd() {
        // -3 % 2 == -1 in Java, so a "% 2 == 1" test would call -3 even.
        assertArrayEquals(new int[] {-3, -1, -2, 0}, ReorderOddBeforeEven.reorder(new int[] {-3, -2, -1, 0}));
        assertArrayEquals(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE},
                ReorderOddBeforeEven.reorder(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void emptyAndOneElement() {
        assertArrayEquals(new int[0], ReorderOddBeforeEven.reorder(new int[0]));
        assertArrayEquals(new int[] {4}, ReorderOddBeforeEven.reorder(new int[] {4}));
    }

    @Test
    void agreesWithFilteringTwiceAndLeavesTheInputAlone() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            int[] a = IntStream.generate(() -> rng.nextInt(21) - 10).limit(rng.nextInt(12)).toArray();
            int[] copy = a.clone();
            int[] expected = IntStream.concat(Arrays.stream(a).filter(v -> v % 2 != 0), Arrays.stream(a).filter(v -> v % 2 == 0))
                    .toArray();
            assertArrayEquals(expected, ReorderOddBeforeEven.reorder(a));
            assertArrayEquals(copy, a);
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(ReorderOddBeforeEven.class, () -> ReorderOddBeforeEven.reorder(null));
    }
}
