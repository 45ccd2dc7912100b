package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MinInRotatedArrayTest {
    @Test
    void findsTheMinimumOfRotatedAndUnrotatedArrays() {
        assertEquals(1, MinInRotatedArray.min(new int[] {3, 4, 5, 1, 2}));
        assertEquals(1, MinInRotatedArray.min(new int[] {1, 2, 3, 4, 5}));
        assertEquals(Integer.MIN_VALUE, MinInRotatedArray.min(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}));
    }

    @Test
    void duplicatesThatHideTheRotationPoint() {
        assertEquals(0, MinInRotatedArray.min(new int[] {1, 0, 1, 1, 1}));
        assertEquals(0, MinInRotatedArray.min(new int[] {1, 1, 1, 0, 1}));
        assertEquals(2, MinInRotatedArray.min(new int[] {2, 2, 2}));
    }

    @Test
    void oneElement() {
        assertEquals(-5, MinInRotatedArray.min(new int[] {-5}));
    }

    @Test
    void agreesWithALinearMinimumOnRandomRotations() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] sorted = OfferTesting.randomArray(rng, 1 + rng.nextInt(15), 5);
            Arrays.sort(sorted);
            int shift = rng.nextInt(sorted.length);
            int[] rotated = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                rotated[i] = sorted[(i + shift) % sorted.length];
            }
            assertEquals(sorted[0], MinInRotatedArray.min(rotated));
        }
    }

    @Test
    void rejectsEmptyAndNullArrays() {
        assertRejected(MinInRotatedArray.class, () -> MinInRotatedArray.min(new int[0]));
        assertRejected(MinInRotatedArray.class, () -> MinInRotatedArray.min(null));
    }
}
