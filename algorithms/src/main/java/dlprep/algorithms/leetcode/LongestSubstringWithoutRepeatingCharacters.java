package dlprep.algorithms.leetcode;

import java.util.HashMap;
import java.util.Map;

/**
 * Longest Substring Without Repeating Characters: the length of the longest substring whose characters are
 * all distinct.
 *
 * <p>Approach: a sliding window [left, right]. Remember the last index of every character; when the
 * character at right was last seen inside the window, move left just past that occurrence.
 *
 * <p>Complexity: O(n) time, O(alphabet) space; checking every substring is O(n^3).
 *
 * <p>Pitfall: the left edge must never move backwards. In "abba", at the second 'a' the last 'a' (index 0)
 * is already outside the window [2, 3]; jumping left to 1 re-admits the repeated 'b'. Hence
 * {@code left = max(left, last + 1)}.
 */
public final class LongestSubstringWithoutRepeatingCharacters {

    private LongestSubstringWithoutRepeatingCharacters() {
    }

    public static int lengthOfLongestSubstring(String s) {
        Map<Character, Integer> lastSeen = new HashMap<>();
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            Integer last = lastSeen.put(s.charAt(right), right);
            if (last != null) {
                left = Math.max(left, last + 1);
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
