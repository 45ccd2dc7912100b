package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegularExpressionMatchingTest {

    @Test
    void matchesTheExamples() {
        assertFalse(RegularExpressionMatching.isMatch("aa", "a"));
        assertTrue(RegularExpressionMatching.isMatch("aa", "a*"));
        assertTrue(RegularExpressionMatching.isMatch("ab", ".*"));
        assertTrue(RegularExpressionMatching.isMatch("aab", "c*a*b"));
        assertFalse(RegularExpressionMatching.isMatch("mississippi", "mis*is*p*."));
    }

    @Test
    void starMatchesZeroCopies() {
        assertTrue(RegularExpressionMatching.isMatch("", "a*"));
        assertTrue(RegularExpressionMatching.isMatch("", "a*b*.*"));
        assertTrue(RegularExpressionMatching.isMatch("", ""));
        assertFalse(RegularExpressionMatching.isMatch("", "."));
        assertFalse(RegularExpressionMatching.isMatch("a", ""));
    }

    @Test
    void refusesAStarWithNothingToRepeat() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegularExpressionMatching.isMatch("a", "*a"));
        assertTrue(e.getMessage().contains("index 0"));
        assertThrows(IllegalArgumentException.class, () -> RegularExpressionMatching.isMatch("a", "a**"));
    }

    @Test
    void agreesWithJavaRegex() {
        // '.' and 'x*' mean the same in java.util.regex, and matches() anchors both ends
        Random random = new Random(10);
        for (int t = 0; t < 2000; t++) {
            String s = randomText(random, random.nextInt(6), "ab");
            StringBuilder p = new StringBuilder();
            for (int i = random.nextInt(5); i > 0; i--) {
                p.append("ab.".charAt(random.nextInt(3)));
                if (random.nextBoolean()) {
                    p.append('*');
                }
            }
            assertEquals(s.matches(p.toString()), RegularExpressionMatching.isMatch(s, p.toString()), s + " ~ " + p);
        }
    }

    private static String randomText(Random random, int n, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
