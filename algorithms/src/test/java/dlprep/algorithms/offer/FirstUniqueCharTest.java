package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FirstUniqueCharTest {
    @Test
    void findsTheFirstCharacterOccurringOnce() {
        assertEquals(4, FirstUniqueChar.firstIndex("google")); // 'l'
        assertEquals(2, FirstUniqueChar.firstIndex("中中文"));
    }

    @Test
    void emptyOneAndAllRepeated() {
        assertEquals(-1, FirstUniqueChar.firstIndex(""));
        assertEquals(0, FirstUniqueChar.firstIndex("a"));
        assertEquals(-1, FirstUniqueChar.firstIndex("abab"));
    }

    @Test
    void agreesWithCountingEachCharacterAgain() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(10); i > 0; i--) {
                s.append((char) ('a' + rng.nextInt(4)));
            }
            int expected = -1;
            for (int i = 0; i < s.length() && expected < 0; i++) {
                final char c = s.charAt(i);
                if (s.chars().filter(ch -> ch == c).count() == 1) {
                    expected = i;
                }
            }
            assertEquals(expected, FirstUniqueChar.firstIndex(s.toString()));
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(FirstUniqueChar.class, () -> FirstUniqueChar.firstIndex(null));
    }
}
