package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountInSortedArrayTest {
    @Test
    void countsARunOfEqualValues() {
        assertEquals(4, CountInSortedArray.count(new int[] {1, 2, 3, 3, 3, 3, 4, 5}, 3));
        assertEquals(0, CountInSortedArray.count(new int[] {1, 2, 4}, 3));
        assertEquals(3, CountInSortedArray.count(new int[] {7, 7, 7}, 7));
    }

    @Test
    void emptyOneElementAndTheIntExtremes() {
        assertEquals(0, CountInSortedArray.count(new int[0], 1));
        assertEquals(1, CountInSortedArray.count(new int[] {Integer.MIN_VALUE}, Integer.MIN_VALUE));
        // lowerBound(k + 1) would wrap to MIN_VALUE here.
        assertEquals(2, CountInSortedArray.count(new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE}, Integer.MAX_VALUE));
    }

    @Test
    void agreesWithALinearCount() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(15), 5);
            Arrays.sort(a);
            for (int k = -1; k <= 5; k++) {
                final int target = k;
                assertEquals(Arrays.stream(a).filter(v -> v == target).count(), CountInSortedArray.count(a, k));
            }
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(CountInSortedArray.class, () -> CountInSortedArray.count(null, 1));
    }
}
