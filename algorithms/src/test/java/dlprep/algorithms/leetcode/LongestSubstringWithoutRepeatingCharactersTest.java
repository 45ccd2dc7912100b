package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongestSubstringWithoutRepeatingCharactersTest {

    private static int length(String s) {
        return LongestSubstringWithoutRepeatingCharacters.lengthOfLongestSubstring(s);
    }

    @Test
    void measuresTheExamples() {
        assertEquals(3, length("abcabcbb"));
        assertEquals(1, length("bbbbb"));
        assertEquals(3, length("pwwkew"));
        assertEquals(0, length(""));
        assertEquals(1, length(" "));
    }

    @Test
    void leftEdgeNeverMovesBack() {
        // at the last 'a' the earlier 'a' lies before the window "b|a": jumping back would re-admit 'b'
        assertEquals(2, length("abba"));
        // the final 't' was last seen at 0, before the window "mzux" starting at 2: the answer is "mzuxt"
        assertEquals(5, length("tmmzuxt"));
    }

    @Test
    void agreesWithCheckingEverySubstring() {
        Random random = new Random(3);
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append((char) ('a' + random.nextInt(4)));
            }
            String s = b.toString();
            int best = 0;
            for (int i = 0; i < s.length(); i++) {
                for (int j = i + 1; j <= s.length(); j++) {
                    if (s.substring(i, j).chars().distinct().count() == j - i) {
                        best = Math.max(best, j - i);
                    }
                }
            }
            assertEquals(best, length(s), s);
        }
    }
}
