package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReverseWordsTest {
    @Test
    void reversesTheWordOrder() {
        assertEquals("I am a student.", ReverseWords.reverse("student. a am I"));
        assertEquals("b  a ", ReverseWords.reverse(" a  b")); // runs of spaces are mirrored
    }

    @Test
    void emptyOneWordAndOnlySpaces() {
        assertEquals("", ReverseWords.reverse(""));
        assertEquals("one", ReverseWords.reverse("one"));
        assertEquals("   ", ReverseWords.reverse("   "));
    }

    @Test
    void agreesWithReversingTheRunsOfWordsAndSpaces() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(12); i > 0; i--) {
                s.append(" ab".charAt(rng.nextInt(3)));
            }
            List<String> runs = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= s.length(); i++) {
                if (i == s.length() || (s.charAt(i) == ' ') != (s.charAt(i - 1) == ' ')) {
                    runs.add(s.substring(start, i));
                    start = i;
                }
            }
            Collections.reverse(runs);
            assertEquals(String.join("", runs), ReverseWords.reverse(s.toString()));
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(ReverseWords.class, () -> ReverseWords.reverse(null));
    }
}
