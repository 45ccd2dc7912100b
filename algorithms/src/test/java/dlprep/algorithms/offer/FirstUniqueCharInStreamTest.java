package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FirstUniqueCharInStreamTest {
    @Test
    void answersAfterEachCharacterOfGoogle() {
        FirstUniqueCharInStream stream = new FirstUniqueCharInStream();
        StringBuilder answers = new StringBuilder();
        for (char c : "google".toCharArray()) {
            stream.insert(c);
            answers.append(stream.firstAppearingOnce());
        }
        assertEquals("ggg#ll", answers.toString());
    }

    @Test
    void anEmptyStreamHasNone() {
        assertEquals(FirstUniqueCharInStream.NONE, new FirstUniqueCharInStream().firstAppearingOnce());
    }

    @Test
    void agreesWithRescanningTheStream() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 200; trial++) {
            FirstUniqueCharInStream stream = new FirstUniqueCharInStream();
            StringBuilder seen = new StringBuilder();
            for (int i = rng.nextInt(20); i > 0; i--) {
                char c = (char) ('a' + rng.nextInt(4));
                stream.insert(c);
                seen.append(c);
                int index = FirstUniqueChar.firstIndex(seen.toString());
                assertEquals(index < 0 ? '#' : seen.charAt(index), stream.firstAppearingOnce());
            }
        }
    }
}
