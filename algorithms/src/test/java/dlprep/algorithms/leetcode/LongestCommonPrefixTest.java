package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LongestCommonPrefixTest {

    private static String lcp(String... strs) {
        return LongestCommonPrefix.longestCommonPrefix(strs);
    }

    @Test
    void findsTheSharedPrefix() {
        assertEquals("fl", lcp("flower", "flow", "flight"));
        assertEquals("", lcp("dog", "racecar", "car"));
        assertEquals("alone", lcp("alone"));
    }

    @Test
    void stopsAtTheShortestString() {
        assertEquals("a", lcp("ab", "a"));
        assertEquals("", lcp("abc", ""));
        assertEquals("same", lcp("same", "same"));
    }

    @Test
    void refusesAnEmptyArray() {
        assertThrows(IllegalArgumentException.class, LongestCommonPrefixTest::lcp);
    }
}
