package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StringPermutationsTest {
    @Test
    void listsAllPermutationsInOrder() {
        assertEquals(List.of("abc", "acb", "bac", "bca", "cab", "cba"), StringPermutations.permutations("cab"));
    }

    @Test
    void repeatedCharactersGiveNoDuplicates() {
        assertEquals(List.of("aab", "aba", "baa"), StringPermutations.permutations("aba"));
        assertEquals(List.of("zzz"), StringPermutations.permutations("zzz"));
    }

    @Test
    void emptyAndOneCharacterStrings() {
        assertEquals(List.of(), StringPermutations.permutations(""));
        assertEquals(List.of("x"), StringPermutations.permutations("x"));
    }

    @Test
    void agreesWithSwappingIntoASetOnRandomStrings() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 100; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + rng.nextInt(6); i > 0; i--) {
                s.append("aabc".charAt(rng.nextInt(4)));
            }
            TreeSet<String> expected = new TreeSet<>();
            swapAll(s.toString().toCharArray(), 0, expected);
            assertEquals(new ArrayList<>(expected), StringPermutations.permutations(s.toString()));
        }
    }

    private static void swapAll(char[] a, int i, TreeSet<String> out) {
        if (i == a.length) {
            out.add(new String(a));
            return;
        }
        for (int j = i; j < a.length; j++) {
            char t = a[i];
            a[i] = a[j];
            a[j] = t;
            swapAll(a, i + 1, out);
            a[j] = a[i];
            a[i] = t;
        }
    }

    @Test
    void rejectsNullAndTooLongStrings() {
        assertRejected(StringPermutations.class, () -> StringPermutations.permutations(null));
        assertRejected(StringPermutations.class, () -> StringPermutations.permutations("abcdefghijk"));
    }
}
