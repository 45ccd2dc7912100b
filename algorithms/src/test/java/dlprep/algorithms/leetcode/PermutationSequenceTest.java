package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermutationSequenceTest {

    @Test
    void findsTheKthPermutation() {
        assertEquals("213", PermutationSequence.getPermutation(3, 3));   // 123, 132, 213
        assertEquals("2314", PermutationSequence.getPermutation(4, 9));
        assertEquals("1", PermutationSequence.getPermutation(1, 1));
        assertEquals("987654321", PermutationSequence.getPermutation(9, 362_880));
    }

    @Test
    void blockBoundariesPickTheLastPermutationOfTheBlock() {
        // k = 2 = 2! ends the block starting with 1: 123, 132.
        assertEquals("132", PermutationSequence.getPermutation(3, 2));
        assertEquals("231", PermutationSequence.getPermutation(3, 4));
    }

    @Test
    void agreesWithEnumeratingAllPermutationsInOrder() {
        for (int n = 1; n <= 6; n++) {
            List<String> all = new ArrayList<>();
            permute("", digits(n), all);
            for (int k = 1; k <= all.size(); k++) {
                assertEquals(all.get(k - 1), PermutationSequence.getPermutation(n, k), "n = " + n + ", k = " + k);
            }
        }
    }

    @Test
    void refusesOutOfRangeArguments() {
        var e = assertThrows(IllegalArgumentException.class, () -> PermutationSequence.getPermutation(3, 7));
        assertTrue(e.getMessage().contains("1..6"));
        assertThrows(IllegalArgumentException.class, () -> PermutationSequence.getPermutation(3, 0));
        assertThrows(IllegalArgumentException.class, () -> PermutationSequence.getPermutation(0, 1));
        assertThrows(IllegalArgumentException.class, () -> PermutationSequence.getPermutation(10, 1));
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int d = 1; d <= n; d++) {
            s.append(d);
        }
        return s.toString();
    }

    /** Lexicographic because the remaining digits stay sorted and are tried in order. */
    private static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
        }
        for (int i = 0; i < rest.length(); i++) {
            permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }
}
