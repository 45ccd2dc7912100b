package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TwoNumbersWithSumTest {
    @Test
    void findsTheOutermostPair() {
        assertArrayEquals(new int[] {4, 11}, TwoNumbersWithSum.find(new int[] {1, 2, 4, 7, 11, 15}, 15));
        assertArrayEquals(new int[] {1, 6}, TwoNumbersWithSum.find(new int[] {1, 2, 3, 4, 5, 6}, 7)); // 6 < 10 < 12
        assertArrayEquals(new int[] {3, 3}, TwoNumbersWithSum.find(new int[] {1, 3, 3}, 6));
    }

    @Test
    void noPairOrTooFewValuesGiveAnEmptyArray() {
        assertArrayEquals(new int[0], TwoNumbersWithSum.find(new int[] {1, 2, 4, 7, 11, 16}, 10));
        assertArrayEquals(new int[0], TwoNumbersWithSum.find(new int[0], 0));
        assertArrayEquals(new int[0], TwoNumbersWithSum.find(new int[] {3}, 6)); // one value cannot pair with itself
    }

    @Test
    void sumsDoNotWrapAroundTheIntRange() {
        // 1 + MAX wraps to MIN in int arithmetic.
        assertArrayEquals(new int[0], TwoNumbersWithSum.find(new int[] {1, Integer.MAX_VALUE}, Integer.MIN_VALUE));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
                TwoNumbersWithSum.find(new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}, -1));
    }

    @Test
    void agreesWithTheSmallestProductPairForNonNegativeValues() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(10), 12);
            Arrays.sort(a);
            int sum = rng.nextInt(24);
            int[] expected = new int[0];
            long bestProduct = Long.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (a[i] + a[j] == sum && (long) a[i] * a[j] < bestProduct) {
                        bestProduct = (long) a[i] * a[j];
                        expected = new int[] {a[i], a[j]};
                    }
                }
            }
            assertArrayEquals(expected, TwoNumbersWithSum.find(a, sum));
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(TwoNumbersWithSum.class, () -> TwoNumbersWithSum.find(null, 1));
    }
}
