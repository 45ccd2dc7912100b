package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupAnagramsTest {

    @Test
    void groupsTheExampleInFirstAppearanceOrder() {
        assertEquals(List.of(List.of("eat", "tea", "ate"), List.of("tan", "nat"), List.of("bat")),
                GroupAnagrams.groupAnagrams(new String[] {"eat", "tea", "tan", "ate", "nat", "bat"}));
        assertEquals(List.of(List.of("")), GroupAnagrams.groupAnagrams(new String[] {""}));
        assertEquals(List.of(), GroupAnagrams.groupAnagrams(new String[0]));
    }

    @Test
    void duplicateWordsStayInOneGroupAndLettersCount() {
        assertEquals(List.of(List.of("ab", "ab", "ba")), GroupAnagrams.groupAnagrams(new String[] {"ab", "ab", "ba"}));
        // same letters, different multiplicities: not anagrams
        assertEquals(2, GroupAnagrams.groupAnagrams(new String[] {"aab", "abb"}).size());
    }

    @Test
    void agreesWithPairwiseComparison() {
        Random random = new Random(49);
        for (int t = 0; t < 300; t++) {
            String[] words = new String[random.nextInt(8)];
            for (int i = 0; i < words.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    b.append((char) ('a' + random.nextInt(2)));
                }
                words[i] = b.toString();
            }
            List<List<String>> groups = GroupAnagrams.groupAnagrams(words);
            assertEquals(words.length, groups.stream().mapToInt(List::size).sum());
            for (List<String> g : groups) {
                for (List<String> h : groups) {
                    boolean same = sorted(g.get(0)).equals(sorted(h.get(0)));
                    assertEquals(g == h, same, Arrays.toString(words));
                }
                assertTrue(g.stream().allMatch(w -> sorted(w).equals(sorted(g.get(0)))));
            }
        }
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
