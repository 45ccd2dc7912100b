package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SlidingWindowMaxTest {
    @Test
    void maximumOfEveryWindow() {
        assertArrayEquals(new int[] {4, 4, 6, 6, 6, 5}, SlidingWindowMax.maxes(new int[] {2, 3, 4, 2, 6, 2, 5, 1}, 3));
        assertArrayEquals(new int[] {5, 5}, SlidingWindowMax.maxes(new int[] {5, 5, 5}, 2));
    }

    @Test
    void windowsOfSizeZeroOneAndTheWholeArray() {
        assertArrayEquals(new int[0], SlidingWindowMax.maxes(new int[] {1, 2}, 0));
        assertArrayEquals(new int[0], SlidingWindowMax.maxes(new int[] {1, 2}, 3));
        assertArrayEquals(new int[0], SlidingWindowMax.maxes(new int[0], 1));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 1}, SlidingWindowMax.maxes(new int[] {Integer.MIN_VALUE, 1}, 1));
        assertArrayEquals(new int[] {Integer.MAX_VALUE}, SlidingWindowMax.maxes(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}, 2));
    }

    @Test
    void agreesWithScanningEachWindow() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(15), 6);
            int size = rng.nextInt(a.length + 2);
            int[] expected = size == 0 || size > a.length ? new int[0] : new int[a.length - size + 1];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = Arrays.stream(a, i, i + size).max().getAsInt();
            }
            assertArrayEquals(expected, SlidingWindowMax.maxes(a, size));
        }
    }

    @Test
    void rejectsNegativeSizesAndNull() {
        assertRejected(SlidingWindowMax.class, () -> SlidingWindowMax.maxes(new int[] {1}, -1));
        assertRejected(SlidingWindowMax.class, () -> SlidingWindowMax.maxes(null, 1));
    }
}
