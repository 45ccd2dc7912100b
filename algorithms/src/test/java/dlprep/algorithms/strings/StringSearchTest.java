package dlprep.algorithms.strings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** KMP, the Z-function and Rabin-Karp find the same occurrences as the naive scan. */
class StringSearchTest {

    @Test
    void prefixFunctionOfTheRoadmapExample() {
        // "ababaca": a b a b a c a -> 0 0 1 2 3 0 1 (roadmap note, KMP section)
        assertArrayEquals(new int[] {0, 0, 1, 2, 3, 0, 1}, Kmp.prefixFunction("ababaca"));
        assertArrayEquals(new int[0], Kmp.prefixFunction(""));
    }

    @Test
    void zFunctionByHand() {
        // "aabxaab": z[1] = 1 ("a"), z[4] = 3 ("aab"), z[5] = 1, others 0
        assertArrayEquals(new int[] {0, 1, 0, 0, 3, 1, 0}, ZFunction.of("aabxaab"));
        assertArrayEquals(new int[] {0, 3, 2, 1}, ZFunction.of("aaaa"));
    }

    @Test
    void overlappingOccurrencesAreAllFound() {
        List<Integer> expected = List.of(0, 1, 2);
        assertEquals(expected, Kmp.findAll("aaaa", "aa"));
        assertEquals(expected, ZFunction.findAll("aaaa", "aa"));
        assertEquals(expected, RollingHash.findAll("aaaa", "aa"));
        assertEquals(List.of(), Kmp.findAll("ab", "abc"));
        assertEquals(List.of(), ZFunction.findAll("", "a"));
        assertEquals(List.of(), RollingHash.findAll("ab", "abc"));
    }

    @Test
    void emptyPatternIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Kmp.findAll("abc", ""));
        assertThrows(IllegalArgumentException.class, () -> ZFunction.findAll("abc", ""));
        assertThrows(IllegalArgumentException.class, () -> RollingHash.findAll("abc", ""));
    }

    @Test
    void randomTextsOverASmallAlphabetAgreeWithTheNaiveScan() {
        Random random = new Random(12);
        for (int t = 0; t < 500; t++) {
            String text = randomString(random, random.nextInt(40));
            String pattern = randomString(random, 1 + random.nextInt(4));
            List<Integer> expected = naive(text, pattern);
            assertEquals(expected, Kmp.findAll(text, pattern), text + " / " + pattern);
            assertEquals(expected, ZFunction.findAll(text, pattern), text + " / " + pattern);
            assertEquals(expected, RollingHash.findAll(text, pattern), text + " / " + pattern);
        }
    }

    @Test
    void equalSubstringsHaveEqualHashes() {
        RollingHash h = new RollingHash("abcabc");
        assertEquals(h.hash(0, 3), h.hash(3, 6));
        assertEquals(h.hash(1, 1), h.hash(4, 4));
        assertEquals(new RollingHash("bca").hash(0, 3), h.hash(1, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> h.hash(2, 7));
    }

    @Test
    void modularMultiplicationAgreesWithBigInteger() {
        Random random = new Random(13);
        java.math.BigInteger p = java.math.BigInteger.valueOf(RollingHash.MOD);
        for (int t = 0; t < 1000; t++) {
            long a = (random.nextLong() >>> 3) % RollingHash.MOD;
            long b = (random.nextLong() >>> 3) % RollingHash.MOD;
            long expected = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)).mod(p).longValue();
            assertEquals(expected, RollingHash.mul(a, b));
        }
        assertEquals(1, RollingHash.mul(RollingHash.MOD - 1, RollingHash.MOD - 1));   // (-1)(-1)
    }

    static String randomString(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(2)));
        }
        return sb.toString();
    }

    static List<Integer> naive(String text, String pattern) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + pattern.length() <= text.length(); i++) {
            if (text.startsWith(pattern, i)) {
                out.add(i);
            }
        }
        return out;
    }
}
