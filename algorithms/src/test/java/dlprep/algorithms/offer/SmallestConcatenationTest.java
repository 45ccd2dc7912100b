package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SmallestConcatenationTest {
    @Test
    void ordersByPairwiseConcatenation() {
        assertEquals("321323", SmallestConcatenation.smallest(new int[] {3, 32, 321}));
        assertEquals("303", SmallestConcatenation.smallest(new int[] {3, 30})); // plain string order gives 330
    }

    @Test
    void emptyOneAndZeros() {
        assertEquals("", SmallestConcatenation.smallest(new int[0]));
        assertEquals("7", SmallestConcatenation.smallest(new int[] {7}));
        assertEquals("00", SmallestConcatenation.smallest(new int[] {0, 0}));
        assertEquals("02147483647", SmallestConcatenation.smallest(new int[] {Integer.MAX_VALUE, 0}));
    }

    @Test
    void agreesWithTryingEveryOrder() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            int[] a = new int[1 + rng.nextInt(5)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextInt(3) == 0 ? rng.nextInt(10) : rng.nextInt(400);
            }
            assertEquals(bruteForce(a, 0), SmallestConcatenation.smallest(a));
        }
    }

    /** The smallest concatenation over all orders of a[i..], by permuting in place. */
    private static String bruteForce(int[] a, int i) {
        if (i == a.length) {
            StringBuilder s = new StringBuilder();
            for (int v : a) {
                s.append(v);
            }
            return s.toString();
        }
        String best = null;
        for (int j = i; j < a.length; j++) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            String candidate = bruteForce(a, i + 1);
            if (best == null || candidate.compareTo(best) < 0) {
                best = candidate;
            }
            a[j] = a[i];
            a[i] = t;
        }
        return best;
    }

    @Test
    void rejectsNegativeNumbersAndNull() {
        assertRejected(SmallestConcatenation.class, () -> SmallestConcatenation.smallest(new int[] {1, -2}));
        assertRejected(SmallestConcatenation.class, () -> SmallestConcatenation.smallest(null));
    }
}
