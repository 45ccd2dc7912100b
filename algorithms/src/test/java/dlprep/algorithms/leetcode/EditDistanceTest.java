package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditDistanceTest {

    @Test
    void measuresTheExamples() {
        assertEquals(3, EditDistance.minDistance("horse", "ros"));            // horse -> rorse -> rose -> ros
        assertEquals(5, EditDistance.minDistance("intention", "execution"));
        assertEquals(3, EditDistance.minDistance("kitten", "sitting"));
    }

    @Test
    void bordersAreAllInsertionsOrDeletions() {
        assertEquals(0, EditDistance.minDistance("", ""));
        assertEquals(4, EditDistance.minDistance("", "abcd"));
        assertEquals(4, EditDistance.minDistance("abcd", ""));
        assertEquals(0, EditDistance.minDistance("same", "same"));
    }

    @Test
    void agreesWithTheRecursiveDefinition() {
        Random random = new Random(72);
        for (int t = 0; t < 500; t++) {
            String a = random(random, random.nextInt(6));
            String b = random(random, random.nextInt(6));
            assertEquals(naive(a, b), EditDistance.minDistance(a, b), a + " / " + b);
            assertEquals(EditDistance.minDistance(a, b), EditDistance.minDistance(b, a));   // symmetric
        }
    }

    private static int naive(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.length() + b.length();
        }
        String ra = a.substring(1);
        String rb = b.substring(1);
        if (a.charAt(0) == b.charAt(0)) {
            return naive(ra, rb);
        }
        return 1 + Math.min(naive(ra, rb), Math.min(naive(ra, b), naive(a, rb)));
    }

    private static String random(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(3)));
        }
        return s.toString();
    }
}
