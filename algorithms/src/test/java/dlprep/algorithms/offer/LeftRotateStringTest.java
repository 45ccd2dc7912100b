package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LeftRotateStringTest {
    @Test
    void movesThePrefixToTheEnd() {
        assertEquals("XYZdefabc", LeftRotateString.rotate("abcXYZdef", 3));
        assertEquals("abc", LeftRotateString.rotate("abc", 0));
        assertEquals("abc", LeftRotateString.rotate("abc", 3));
    }

    @Test
    void countsBeyondTheLengthWrap() {
        assertEquals("bca", LeftRotateString.rotate("abc", 4));
        assertEquals("bca", LeftRotateString.rotate("abc", Integer.MAX_VALUE)); // 2147483647 = 3 * 715827882 + 1
    }

    @Test
    void emptyAndOneCharacterStrings() {
        assertEquals("", LeftRotateString.rotate("", 5)); // no division by the zero length
        assertEquals("a", LeftRotateString.rotate("a", 7));
    }

    @Test
    void agreesWithSubstrings() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + rng.nextInt(10); i > 0; i--) {
                s.append((char) ('a' + rng.nextInt(3)));
            }
            int n = rng.nextInt(25);
            int k = n % s.length();
            assertEquals(s.substring(k) + s.substring(0, k), LeftRotateString.rotate(s.toString(), n));
        }
    }

    @Test
    void rejectsNegativeCountsAndNull() {
        assertRejected(LeftRotateString.class, () -> LeftRotateString.rotate("abc", -1));
        assertRejected(LeftRotateString.class, () -> LeftRotateString.rotate(null, 1));
    }
}
