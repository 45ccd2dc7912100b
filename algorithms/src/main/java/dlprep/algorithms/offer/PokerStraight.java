package dlprep.algorithms.offer;

/**
 * JZ45 扑克牌顺子: whether five cards can form a straight (five consecutive ranks), where A = 1, J = 11,
 * Q = 12, K = 13 and 0 is a joker that can stand for any rank.
 *
 * <p>Approach: the non-joker cards must be distinct and span at most five ranks (max - min &lt; 5); the
 * jokers then fill the gaps, and any jokers left over extend the run at an end.
 *
 * <p>Complexity: O(1) (five cards; O(n) for n cards), O(1) space with a 14-slot seen table.
 *
 * <p>Original: solved as file JZ45; the inventory records no defect. Pitfall: counting gaps without
 * rejecting a repeated non-joker rank ([1, 1, 0, 0, 0] is no straight). Ace is low only (10 J Q K A is no
 * straight), as in Nowcoder's version.
 *
 * @see OfferProblems
 */
public final class PokerStraight {
    public static final int HAND = 5;

    private PokerStraight() {
    }

    public static boolean isStraight(int[] cards) {
        Inputs.notNull(cards, PokerStraight.class, "cards");
        if (cards.length != HAND) {
            throw Inputs.invalid(PokerStraight.class, "a hand has " + HAND + " cards, got " + cards.length);
        }
        boolean[] seen = new boolean[14];
        int min = 14;
        int max = 0;
        for (int c : cards) {
            if (c < 0 || c > 13) {
                throw Inputs.invalid(PokerStraight.class, "card " + c + " is outside 0..13 (0 is a joker)");
            }
            if (c == 0) {
                continue;
            }
            if (seen[c]) {
                return false;
            }
            seen[c] = true;
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        return max - min < HAND;
    }
}
