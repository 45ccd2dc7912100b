package dlprep.algorithms.strings;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ManacherTest {

    @Test
    void longestPalindromesOfLeetCode5() {
        assertEquals("bab", Manacher.longestPalindrome("babad"));   // "aba" is as long; the leftmost wins
        assertEquals("bb", Manacher.longestPalindrome("cbbd"));
        assertEquals("a", Manacher.longestPalindrome("a"));
        assertEquals("", Manacher.longestPalindrome(""));
        assertEquals("abccba", Manacher.longestPalindrome("xabccbay"));
    }

    @Test
    void radiiOfAbba() {
        // "#a#b#b#a#": gap-centred palindromes have even length; the gap between the b's gives "abba", 4
        assertArrayEquals(new int[] {0, 1, 0, 1, 4, 1, 0, 1, 0}, Manacher.radii("abba"));
    }

    @Test
    void randomStringsAgreeWithCentreExpansion() {
        Random random = new Random(14);
        for (int t = 0; t < 300; t++) {
            String s = StringSearchTest.randomString(random, random.nextInt(30));
            assertEquals(bruteForceLongest(s).length(), Manacher.longestPalindrome(s).length(), s);
            assertEquals(bruteForceLongest(s), Manacher.longestPalindrome(s), s);
        }
    }

    /** The leftmost longest palindrome by checking every substring, O(n^3). */
    private static String bruteForceLongest(String s) {
        String best = "";
        for (int i = 0; i < s.length(); i++) {
            for (int j = i + 1; j <= s.length(); j++) {
                String sub = s.substring(i, j);
                if (sub.length() > best.length() && new StringBuilder(sub).reverse().toString().equals(sub)) {
                    best = sub;
                }
            }
        }
        return best;
    }
}
