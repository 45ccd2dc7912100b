package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Substring with Concatenation of All Words: all words have the same length w; return every start index in
 * s of a substring that is a concatenation of all the words, each used exactly as often as it appears in
 * the list, in any order.
 *
 * <p>Approach: for each offset 0..w-1, slide a window over s in steps of one word, keeping the count of
 * each word inside the window. A word not in the list empties the window; a word seen too often shrinks
 * the window from the left until its count is allowed again; a window of exactly k words is a match.
 *
 * <p>Complexity: O(w * (n / w)) = O(n) word operations, i.e. O(n w) character work, O(k) space; checking
 * every start independently is O(n k w).
 *
 * <p>Pitfall: duplicate words. The list ["foo", "foo"] needs two "foo"s, so the words must be counted
 * (a multiset), not put in a set. Also the offsets: stepping only from 0 in strides of w misses matches
 * starting at other residues.
 */
public final class SubstringWithConcatenationOfAllWords {

    private SubstringWithConcatenationOfAllWords() {
    }

    public static List<Integer> findSubstring(String s, String[] words) {
        if (words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("findSubstring: needs at least one non-empty word");
        }
        int w = words[0].length();
        Map<String, Integer> need = new HashMap<>();
        for (String word : words) {
            if (word.length() != w) {
                throw new IllegalArgumentException("findSubstring: all words must have length " + w + ", got \"" + word + "\"");
            }
            need.merge(word, 1, Integer::sum);
        }
        int k = words.length;
        List<Integer> starts = new ArrayList<>();
        for (int offset = 0; offset < w; offset++) {
            Map<String, Integer> window = new HashMap<>();
            int left = offset;
            int count = 0;
            for (int right = offset; right + w <= s.length(); right += w) {
                String word = s.substring(right, right + w);
                if (!need.containsKey(word)) {
                    window.clear();
                    count = 0;
                    left = right + w;
                    continue;
                }
                window.merge(word, 1, Integer::sum);
                count++;
                while (window.get(word) > need.get(word)) {
                    window.merge(s.substring(left, left + w), -1, Integer::sum);
                    left += w;
                    count--;
                }
                if (count == k) {
                    starts.add(left);
                }
            }
        }
        starts.sort(null);
        return starts;
    }
}
