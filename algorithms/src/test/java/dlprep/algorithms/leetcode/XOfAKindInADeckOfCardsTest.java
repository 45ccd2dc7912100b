package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XOfAKindInADeckOfCardsTest {

    @Test
    void decidesTheExamples() {
        assertTrue(XOfAKindInADeckOfCards.hasGroupsSizeX(new int[] {1, 2, 3, 4, 4, 3, 2, 1}));
        assertFalse(XOfAKindInADeckOfCards.hasGroupsSizeX(new int[] {1, 1, 1, 2, 2, 2, 3, 3}));
        assertFalse(XOfAKindInADeckOfCards.hasGroupsSizeX(new int[] {1}));
        assertFalse(XOfAKindInADeckOfCards.hasGroupsSizeX(new int[0]));
    }

    @Test
    void theGcdNotTheSmallestCountDecides() {
        // counts 4 and 6: the smallest count 4 does not divide 6, but groups of 2 work
        assertTrue(XOfAKindInADeckOfCards.hasGroupsSizeX(new int[] {1, 1, 1, 1, 2, 2, 2, 2, 2, 2}));
    }

    @Test
    void agreesWithTryingEveryGroupSize() {
        Random random = new Random(914);
        for (int t = 0; t < 500; t++) {
            int[] deck = random.ints(random.nextInt(13), 0, 3).toArray();
            int[] counts = new int[3];
            Arrays.stream(deck).forEach(c -> counts[c]++);
            boolean expected = false;
            for (int x = 2; x <= deck.length; x++) {
                final int size = x;
                expected |= Arrays.stream(counts).allMatch(c -> c % size == 0);
            }
            assertEquals(expected, XOfAKindInADeckOfCards.hasGroupsSizeX(deck), Arrays.toString(deck));
        }
    }
}
