package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MajorityElementTest {
    @Test
    void findsTheValueOccurringMoreThanHalfTheTime() {
        assertEquals(OptionalInt.of(2), MajorityElement.find(new int[] {1, 2, 3, 2, 2, 2, 5, 4, 2}));
        assertEquals(OptionalInt.of(0), MajorityElement.find(new int[] {0, 1, 0})); // not Nowcoder's "none" 0
        assertEquals(OptionalInt.of(Integer.MIN_VALUE), MajorityElement.find(new int[] {Integer.MIN_VALUE}));
    }

    @Test
    void noMajorityWhenTheCandidateFailsTheCount() {
        assertEquals(OptionalInt.empty(), MajorityElement.find(new int[] {1, 2, 3})); // candidate 3 occurs once
        assertEquals(OptionalInt.empty(), MajorityElement.find(new int[] {1, 1, 2, 2})); // exactly half is not more
        assertEquals(OptionalInt.empty(), MajorityElement.find(new int[0]));
    }

    @Test
    void agreesWithCountingInAMapOnRandomArrays() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 2000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(10), 3);
            Map<Integer, Integer> counts = new HashMap<>();
            for (int v : a) {
                counts.merge(v, 1, Integer::sum);
            }
            OptionalInt expected = counts.entrySet().stream().filter(e -> e.getValue() * 2 > a.length)
                    .mapToInt(Map.Entry::getKey).findFirst();
            assertEquals(expected, MajorityElement.find(a));
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(MajorityElement.class, () -> MajorityElement.find(null));
    }
}
