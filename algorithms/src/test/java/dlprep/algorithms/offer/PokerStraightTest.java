package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PokerStraightTest {
    @Test
    void straightsWithAndWithoutJokers() {
        assertTrue(PokerStraight.isStraight(new int[] {1, 3, 2, 5, 4}));
        assertTrue(PokerStraight.isStraight(new int[] {0, 3, 2, 6, 4})); // the joker is 5
        assertTrue(PokerStraight.isStraight(new int[] {0, 0, 1, 2, 5})); // jokers are 3 and 4
        assertTrue(PokerStraight.isStraight(new int[] {0, 0, 0, 0, 0}));
        assertTrue(PokerStraight.isStraight(new int[] {9, 10, 11, 12, 13}));
    }

    @Test
    void gapsAndRepeatedRanksAreNoStraight() {
        assertFalse(PokerStraight.isStraight(new int[] {1, 2, 3, 4, 6}));
        assertFalse(PokerStraight.isStraight(new int[] {1, 1, 0, 0, 0}));
        assertFalse(PokerStraight.isStraight(new int[] {10, 11, 12, 13, 1})); // ace is low only
    }

    @Test
    void agreesWithTryingEveryValueForTheJokers() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 2000; trial++) {
            int[] cards = new int[5];
            for (int i = 0; i < 5; i++) {
                cards[i] = rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(13);
            }
            assertEquals(tryJokers(cards, 0), PokerStraight.isStraight(cards), java.util.Arrays.toString(cards));
        }
    }

    private static boolean tryJokers(int[] cards, int i) {
        if (i == cards.length) {
            int[] sorted = cards.clone();
            java.util.Arrays.sort(sorted);
            for (int k = 1; k < sorted.length; k++) {
                if (sorted[k] != sorted[k - 1] + 1) {
                    return false;
                }
            }
            return true;
        }
        if (cards[i] != 0) {
            return tryJokers(cards, i + 1);
        }
        for (int rank = 1; rank <= 13; rank++) {
            cards[i] = rank;
            boolean ok = tryJokers(cards, i + 1);
            cards[i] = 0;
            if (ok) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rejectsWrongHandSizesAndRanks() {
        assertRejected(PokerStraight.class, () -> PokerStraight.isStraight(new int[] {1, 2, 3, 4}));
        assertRejected(PokerStraight.class, () -> PokerStraight.isStraight(new int[0]));
        assertRejected(PokerStraight.class, () -> PokerStraight.isStraight(new int[] {1, 2, 3, 4, 14}));
        assertRejected(PokerStraight.class, () -> PokerStraight.isStraight(new int[] {-1, 2, 3, 4, 5}));
        assertRejected(PokerStraight.class, () -> PokerStraight.isStraight(null));
    }
}
