package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateInArrayTest {
    @Test
    void findsADuplicatedValue() {
        int found = DuplicateInArray.find(new int[] {2, 3, 1, 0, 2, 5, 3}).getAsInt();
        assertTrue(found == 2 || found == 3, "found " + found);
        assertEquals(OptionalInt.of(0), DuplicateInArray.find(new int[] {0, 0}));
    }

    @Test
    void distinctValuesEmptyAndOneElementHaveNone() {
        assertEquals(OptionalInt.empty(), DuplicateInArray.find(new int[] {2, 0, 1}));
        assertEquals(OptionalInt.empty(), DuplicateInArray.find(new int[0]));
        assertEquals(OptionalInt.empty(), DuplicateInArray.find(new int[] {0}));
    }

    @Test
    void agreesWithASetOnRandomArrays() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rng.nextInt(8);
            int[] a = OfferTesting.randomArray(rng, n, n);
            Set<Integer> seen = new HashSet<>();
            Set<Integer> repeated = new HashSet<>();
            for (int v : a) {
                if (!seen.add(v)) {
                    repeated.add(v);
                }
            }
            OptionalInt found = DuplicateInArray.find(a.clone());
            assertEquals(repeated.isEmpty(), found.isEmpty());
            found.ifPresent(v -> assertTrue(repeated.contains(v)));
        }
    }

    @Test
    void rejectsValuesOutsideTheIndexRange() {
        assertRejected(DuplicateInArray.class, () -> DuplicateInArray.find(new int[] {3, 0, 1}));
        assertRejected(DuplicateInArray.class, () -> DuplicateInArray.find(new int[] {Integer.MIN_VALUE, 0}));
        assertRejected(DuplicateInArray.class, () -> DuplicateInArray.find(null));
    }
}
