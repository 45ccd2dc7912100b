package dlprep.algorithms.leetcode;

import java.util.HashMap;
import java.util.Map;

/**
 * X of a Kind in a Deck of Cards: can the deck be split into groups of the same size X >= 2, each group
 * holding X copies of one card value?
 *
 * <p>Approach: X must divide the count of every value, so a valid X exists exactly when the gcd of all
 * counts is at least 2.
 *
 * <p>Complexity: O(n + d log n) time for n cards and d distinct values, O(d) space.
 *
 * <p>Pitfall: testing only X = the smallest count. Counts 4 and 6 have smallest count 4, which does not
 * divide 6, yet X = 2 works; the gcd, not the minimum, is the right quantity.
 */
public final class XOfAKindInADeckOfCards {

    private XOfAKindInADeckOfCards() {
    }

    public static boolean hasGroupsSizeX(int[] deck) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int card : deck) {
            counts.merge(card, 1, Integer::sum);
        }
        int g = 0;
        for (int c : counts.values()) {
            g = gcd(g, c);
        }
        return g >= 2;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
