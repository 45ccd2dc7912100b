package dlprep.algorithms.dp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LCS, LIS and edit distance. */
class SequenceDpTest {

    @Test
    void lcsExamples() {
        assertEquals("ace", LongestCommonSubsequence.of("abcde", "ace"));   // LeetCode 1143
        assertEquals("", LongestCommonSubsequence.of("abc", "def"));
        assertEquals("", LongestCommonSubsequence.of("", "abc"));
        assertEquals(4, LongestCommonSubsequence.of("ABCBDAB", "BDCABA").length());   // CLRS 15.4: BCBA
    }

    @Test
    void lcsIsACommonSubsequenceOfTheRightLengthOnRandomStrings() {
        Random random = new Random(24);
        for (int t = 0; t < 200; t++) {
            String a = randomString(random, random.nextInt(10));
            String b = randomString(random, random.nextInt(10));
            String lcs = LongestCommonSubsequence.of(a, b);
            assertTrue(isSubsequence(lcs, a) && isSubsequence(lcs, b), lcs + " of " + a + ", " + b);
            assertEquals(lcsLengthByRecursion(a, b), lcs.length());
        }
    }

    @Test
    void lisExamples() {
        // LeetCode 300: [10, 9, 2, 5, 3, 7, 101, 18] -> 4, e.g. 2, 3, 7, 18
        long[] a = {10, 9, 2, 5, 3, 7, 101, 18};
        assertEquals(4, LongestIncreasingSubsequence.length(a));
        assertArrayEquals(new long[] {2, 3, 7, 18}, LongestIncreasingSubsequence.of(a));
        assertEquals(1, LongestIncreasingSubsequence.length(new long[] {7, 7, 7}));   // strictly increasing
        assertEquals(0, LongestIncreasingSubsequence.length(new long[0]));
        assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
                LongestIncreasingSubsequence.of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}));
    }

    @Test
    void lisAgreesWithTheQuadraticDp() {
        Random random = new Random(25);
        for (int t = 0; t < 300; t++) {
            long[] a = new long[random.nextInt(25)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(10);
            }
            long[] lis = LongestIncreasingSubsequence.of(a);
            assertEquals(quadraticLength(a), lis.length, Arrays.toString(a));
            for (int i = 1; i < lis.length; i++) {
                assertTrue(lis[i - 1] < lis[i]);
            }
        }
    }

    @Test
    void editDistanceExamples() {
        assertEquals(3, EditDistance.of("kitten", "sitting"));    // k->s, e->i, +g
        assertEquals(3, EditDistance.of("horse", "ros"));         // LeetCode 72
        assertEquals(5, EditDistance.of("intention", "execution"));
        assertEquals(4, EditDistance.of("", "abcd"));
        assertEquals(0, EditDistance.of("same", "same"));
    }

    @Test
    void editDistanceAgreesWithRecursion() {
        Random random = new Random(26);
        for (int t = 0; t < 200; t++) {
            String a = randomString(random, random.nextInt(7));
            String b = randomString(random, random.nextInt(7));
            assertEquals(editByRecursion(a, b), EditDistance.of(a, b), a + " -> " + b);
            assertEquals(EditDistance.of(b, a), EditDistance.of(a, b));
        }
    }

    private static String randomString(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(3)));
        }
        return sb.toString();
    }

    private static boolean isSubsequence(String s, String of) {
        int j = 0;
        for (int i = 0; i < of.length() && j < s.length(); i++) {
            if (of.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }

    private static int lcsLengthByRecursion(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.charAt(0) == b.charAt(0)) {
            return 1 + lcsLengthByRecursion(a.substring(1), b.substring(1));
        }
        return Math.max(lcsLengthByRecursion(a.substring(1), b), lcsLengthByRecursion(a, b.substring(1)));
    }

    private static int editByRecursion(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.length() + b.length();
        }
        int sub = editByRecursion(a.substring(1), b.substring(1)) + (a.charAt(0) == b.charAt(0) ? 0 : 1);
        int del = editByRecursion(a.substring(1), b) + 1;
        int ins = editByRecursion(a, b.substring(1)) + 1;
        return Math.min(sub, Math.min(del, ins));
    }

    /** The O(n^2) DP, best[i] = 1 + max best[j] over j < i with a[j] < a[i]. */
    private static int quadraticLength(long[] a) {
        int[] best = new int[a.length];
        int answer = 0;
        for (int i = 0; i < a.length; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (a[j] < a[i]) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            answer = Math.max(answer, best[i]);
        }
        return answer;
    }
}
