package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexMatchingTest {
    @Test
    void nowcodersExamples() {
        assertTrue(RegexMatching.matches("aaa", "a.a"));
        assertTrue(RegexMatching.matches("aaa", "ab*ac*a"));
        assertFalse(RegexMatching.matches("aaa", "aa.a"));
        assertFalse(RegexMatching.matches("aaa", "ab*a"));
    }

    @Test
    void starMatchesZeroOrMoreAndTheWholeStringMustMatch() {
        assertTrue(RegexMatching.matches("aab", "c*a*b"));
        assertTrue(RegexMatching.matches("ab", ".*"));
        assertFalse(RegexMatching.matches("mississippi", "mis*is*p*."));
        assertFalse(RegexMatching.matches("ab", "a"));
    }

    @Test
    void emptyStringsAndPatterns() {
        assertTrue(RegexMatching.matches("", ""));
        assertTrue(RegexMatching.matches("", "a*b*"));
        assertFalse(RegexMatching.matches("", "."));
        assertFalse(RegexMatching.matches("a", ""));
    }

    @Test
    void backtrackingWorstCaseIsQuick() {
        assertFalse(RegexMatching.matches("a".repeat(30) + "b", "a*".repeat(15) + "c"));
    }

    @Test
    void agreesWithJavaUtilRegexOnRandomInputs() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(7); i > 0; i--) {
                s.append("ab".charAt(rng.nextInt(2)));
            }
            StringBuilder p = new StringBuilder();
            for (int i = rng.nextInt(6); i > 0; i--) {
                p.append("ab.".charAt(rng.nextInt(3)));
                if (rng.nextBoolean()) {
                    p.append('*');
                }
            }
            assertEquals(Pattern.matches(p.toString(), s), RegexMatching.matches(s.toString(), p.toString()), s + " ~ " + p);
        }
    }

    @Test
    void rejectsAStarWithNothingToRepeat() {
        assertRejected(RegexMatching.class, () -> RegexMatching.matches("a", "*a"));
        assertRejected(RegexMatching.class, () -> RegexMatching.matches("a", "a**"));
        assertRejected(RegexMatching.class, () -> RegexMatching.matches(null, "a"));
        assertRejected(RegexMatching.class, () -> RegexMatching.matches("a", null));
    }
}
