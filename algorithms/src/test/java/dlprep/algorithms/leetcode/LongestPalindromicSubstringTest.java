package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongestPalindromicSubstringTest {

    private static String longest(String s) {
        return LongestPalindromicSubstring.longestPalindrome(s);
    }

    @Test
    void findsOddAndEvenPalindromes() {
        assertEquals("bab", longest("babad"));   // "aba" is as long; the leftmost is returned
        assertEquals("bb", longest("cbbd"));
        assertEquals("abba", longest("xabbay"));
        assertEquals("a", longest("a"));
        assertEquals("", longest(""));
        assertEquals("aaaa", longest("aaaa"));
    }

    @Test
    void agreesWithCheckingEverySubstring() {
        Random random = new Random(5);
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append((char) ('a' + random.nextInt(3)));
            }
            String s = b.toString();
            String best = "";
            for (int i = 0; i < s.length(); i++) {
                for (int j = i + 1; j <= s.length(); j++) {
                    String sub = s.substring(i, j);
                    if (sub.length() > best.length() && new StringBuilder(sub).reverse().toString().equals(sub)) {
                        best = sub;   // scanning starts in order keeps the leftmost of each length
                    }
                }
            }
            assertEquals(best, longest(s), s);
        }
    }
}
