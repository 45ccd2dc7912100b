package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubstringWithConcatenationOfAllWordsTest {

    private static List<Integer> find(String s, String... words) {
        return SubstringWithConcatenationOfAllWords.findSubstring(s, words);
    }

    @Test
    void findsTheExamples() {
        assertEquals(List.of(0, 9), find("barfoothefoobarman", "foo", "bar"));
        assertEquals(List.of(), find("wordgoodgoodgoodbestword", "word", "good", "best", "word"));
        assertEquals(List.of(6, 9, 12), find("barfoofoobarthefoobarman", "bar", "foo", "the"));
    }

    @Test
    void duplicateWordsMustAllBeUsed() {
        assertEquals(List.of(0), find("foofoo", "foo", "foo"));
        assertEquals(List.of(), find("foobar", "foo", "foo"));
        assertEquals(List.of(0, 1, 2), find("aaaa", "a", "a"));
    }

    @Test
    void matchesAtEveryOffset() {
        assertEquals(List.of(1), find("xabcd", "ab", "cd"));
        assertEquals(List.of(), find("", "a"));
    }

    @Test
    void refusesMissingOrUnevenWords() {
        assertThrows(IllegalArgumentException.class, () -> find("abc"));
        assertThrows(IllegalArgumentException.class, () -> find("abc", "a", "bc"));
    }

    @Test
    void agreesWithTryingEveryStart() {
        Random random = new Random(30);
        for (int t = 0; t < 300; t++) {
            String s = randomString(random, random.nextInt(14));
            int w = 1 + random.nextInt(2);
            String[] words = new String[1 + random.nextInt(3)];
            for (int i = 0; i < words.length; i++) {
                words[i] = randomString(random, w);
            }
            List<Integer> expected = new ArrayList<>();
            String[] sortedWords = words.clone();
            Arrays.sort(sortedWords);
            for (int start = 0; start + w * words.length <= s.length(); start++) {
                String[] pieces = new String[words.length];
                for (int i = 0; i < words.length; i++) {
                    pieces[i] = s.substring(start + i * w, start + (i + 1) * w);
                }
                Arrays.sort(pieces);
                if (Arrays.equals(pieces, sortedWords)) {
                    expected.add(start);
                }
            }
            assertEquals(expected, find(s, words), s + " " + Arrays.toString(words));
        }
    }

    private static String randomString(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(2)));
        }
        return b.toString();
    }
}
