package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TwoSingleNumbersTest {
    @Test
    void findsTheTwoValuesThatOccurOnce() {
        assertArrayEquals(new int[] {4, 6}, TwoSingleNumbers.find(new int[] {1, 4, 1, 6}));
        assertArrayEquals(new int[] {4, 6}, TwoSingleNumbers.find(new int[] {2, 4, 3, 6, 3, 2, 5, 5}));
        assertArrayEquals(new int[] {-7, 7}, TwoSingleNumbers.find(new int[] {7, -7}));
    }

    @Test
    void theSignBitCanBeTheSplittingBit() {
        // MIN_VALUE ^ 0 = MIN_VALUE, whose lowest set bit is the sign bit.
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 0}, TwoSingleNumbers.find(new int[] {0, 3, Integer.MIN_VALUE, 3}));
    }

    @Test
    void agreesWithCountingOnRandomArrays() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            List<Integer> values = OfferTesting.distinctValues(rng, 2 + rng.nextInt(8));
            List<Integer> array = new ArrayList<>(values.subList(0, 2));
            for (int v : values.subList(2, values.size())) {
                array.add(v);
                array.add(v);
            }
            Collections.shuffle(array, rng);
            int x = Math.min(values.get(0), values.get(1));
            int y = Math.max(values.get(0), values.get(1));
            assertArrayEquals(new int[] {x, y}, TwoSingleNumbers.find(array.stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    @Test
    void rejectsArraysWithoutTwoSingles() {
        assertRejected(TwoSingleNumbers.class, () -> TwoSingleNumbers.find(new int[0]));
        assertRejected(TwoSingleNumbers.class, () -> TwoSingleNumbers.find(new int[] {1, 1}));
        assertRejected(TwoSingleNumbers.class, () -> TwoSingleNumbers.find(new int[] {1, 2, 2}));
        assertRejected(TwoSingleNumbers.class, () -> TwoSingleNumbers.find(null));
    }
}
