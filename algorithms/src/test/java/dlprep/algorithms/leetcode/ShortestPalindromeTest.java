package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShortestPalindromeTest {

    @Test
    void prependsTheMirroredTail() {
        assertEquals("aaacecaaa", ShortestPalindrome.shortestPalindrome("aacecaaa"));
        assertEquals("dcbabcd", ShortestPalindrome.shortestPalindrome("abcd"));
        assertEquals("", ShortestPalindrome.shortestPalindrome(""));
        assertEquals("x", ShortestPalindrome.shortestPalindrome("x"));
    }

    @Test
    void theSeparatorKeepsTheBorderInsideTheString() {
        // without it, "aa" + "aa" has border 3 > 2 and the slice length would be negative
        assertEquals("aa", ShortestPalindrome.shortestPalindrome("aa"));
        assertEquals("aba", ShortestPalindrome.shortestPalindrome("aba"));
    }

    @Test
    void refusesTheSeparatorCharacter() {
        assertThrows(IllegalArgumentException.class, () -> ShortestPalindrome.shortestPalindrome("a\0b"));
    }

    @Test
    void agreesWithTestingEveryPrefix() {
        Random random = new Random(214);
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append((char) ('a' + random.nextInt(2)));
            }
            String s = b.toString();
            int keep = 0;
            for (int len = s.length(); len > 0; len--) {
                String prefix = s.substring(0, len);
                if (new StringBuilder(prefix).reverse().toString().equals(prefix)) {
                    keep = len;
                    break;
                }
            }
            String expected = new StringBuilder(s.substring(keep)).reverse() + s;
            assertEquals(expected, ShortestPalindrome.shortestPalindrome(s), s);
        }
    }
}
