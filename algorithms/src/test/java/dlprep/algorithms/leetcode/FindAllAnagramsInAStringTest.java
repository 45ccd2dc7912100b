package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindAllAnagramsInAStringTest {

    @Test
    void findsTheExamples() {
        assertEquals(List.of(0, 6), FindAllAnagramsInAString.findAnagrams("cbaebabacd", "abc"));
        assertEquals(List.of(0, 1, 2), FindAllAnagramsInAString.findAnagrams("abab", "ab"));
    }

    @Test
    void patternLongerThanTextHasNoMatches() {
        assertEquals(List.of(), FindAllAnagramsInAString.findAnagrams("ab", "abc"));
        assertEquals(List.of(), FindAllAnagramsInAString.findAnagrams("", "a"));
        assertEquals(List.of(0), FindAllAnagramsInAString.findAnagrams("a", "a"));
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> FindAllAnagramsInAString.findAnagrams("aB", "a"));
    }

    @Test
    void agreesWithSortingEveryWindow() {
        Random random = new Random(438);
        for (int t = 0; t < 500; t++) {
            String s = random(random, random.nextInt(12));
            String p = random(random, 1 + random.nextInt(3));
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i + p.length() <= s.length(); i++) {
                if (sorted(s.substring(i, i + p.length())).equals(sorted(p))) {
                    expected.add(i);
                }
            }
            assertEquals(expected, FindAllAnagramsInAString.findAnagrams(s, p), s + " / " + p);
        }
    }

    private static String random(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(3)));
        }
        return b.toString();
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
