package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * JZ54 字符流中第一个不重复的字符: characters arrive one at a time; at any moment, report the first character
 * so far that has occurred exactly once, or '#' if there is none.
 *
 * <p>Approach: counts per character plus a queue of characters in arrival order. A query drops characters
 * from the front of the queue while their count exceeds one; each character is queued once, on its first
 * arrival, so the dropping costs O(1) amortised.
 *
 * <p>Complexity: insert O(1), query amortised O(1); O(alphabet) space.
 *
 * <p>Original: solved as file JZ54; the inventory records no defect. Pitfall: rescanning the whole stream at
 * every query is O(n) per query.
 *
 * @see OfferProblems
 */
public final class FirstUniqueCharInStream {
    /** What {@link #firstAppearingOnce()} answers when no character has occurred exactly once. */
    public static final char NONE = '#';

    private final Map<Character, Integer> counts = new HashMap<>();
    private final Deque<Character> candidates = new ArrayDeque<>();

    public void insert(char c) {
        if (counts.merge(c, 1, Integer::sum) == 1) {
            candidates.add(c);
        }
    }

    public char firstAppearingOnce() {
        while (!candidates.isEmpty() && counts.get(candidates.peek()) > 1) {
            candidates.poll();
        }
        return candidates.isEmpty() ? NONE : candidates.peek();
    }
}
