package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group Anagrams: group the words that are permutations of each other; groups in the order of their first
 * word, words in input order.
 *
 * <p>Approach: a canonical key per word, its letters sorted, and a map from key to group.
 *
 * <p>Complexity: O(n L log L) time for n words of length up to L, O(n L) space; comparing every pair is
 * O(n^2 L).
 *
 * <p>Pitfall: the key's type. The sorted {@code char[]} itself is the natural key, but Java arrays use
 * identity for equals and hashCode, so every word would get its own group; the key must be a value type
 * ({@code String}, {@code List}). The same trap exists for int[] letter counts.
 */
public final class GroupAnagrams {

    private GroupAnagrams() {
    }

    public static List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String word : strs) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            groups.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(groups.values());
    }
}
