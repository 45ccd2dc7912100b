package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InversePairsTest {
    @Test
    void countsPairsOutOfOrder() {
        assertEquals(7, InversePairs.count(new int[] {1, 2, 3, 4, 5, 6, 7, 0})); // 0 against the seven before it
        assertEquals(5, InversePairs.count(new int[] {7, 5, 6, 4})); // 75 76 74 54 64
        assertEquals(1, InversePairs.count(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}));
    }

    @Test
    void equalValuesAreNoInversionAndEmptyHasNone() {
        assertEquals(0, InversePairs.count(new int[] {2, 2, 2}));
        assertEquals(0, InversePairs.count(new int[0]));
        assertEquals(0, InversePairs.count(new int[] {1}));
    }

    @Test
    void countsBeyondTheIntRangeAndNowcodersModulus() {
        int n = 100_000;
        int[] descending = new int[n];
        for (int i = 0; i < n; i++) {
            descending[i] = n - i;
        }
        long all = (long) n * (n - 1) / 2; // 4,999,950,000 > Integer.MAX_VALUE
        assertEquals(all, InversePairs.count(descending));
        assertEquals(999_949_972, InversePairs.countModulo(descending)); // 4,999,950,000 - 4 * 1,000,000,007
    }

    @Test
    void agreesWithCheckingEveryPairAndLeavesTheInputAlone() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(15), 6);
            int[] copy = a.clone();
            long expected = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (a[i] > a[j]) {
                        expected++;
                    }
                }
            }
            assertEquals(expected, InversePairs.count(a));
            assertArrayEquals(copy, a);
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(InversePairs.class, () -> InversePairs.count(null));
    }
}
