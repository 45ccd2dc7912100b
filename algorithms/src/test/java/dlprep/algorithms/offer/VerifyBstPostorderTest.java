package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyBstPostorderTest {
    @Test
    void acceptsThePostorderOfABst() {
        // 10 (6 (4, 8), 14 (12, 16)) in post-order.
        assertTrue(VerifyBstPostorder.verify(new int[] {4, 8, 6, 12, 16, 14, 10}));
        assertTrue(VerifyBstPostorder.verify(new int[] {1, 2, 3, 4, 5})); // a chain of left children
        assertTrue(VerifyBstPostorder.verify(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void rejectsAValueOnTheWrongSideOfAnAncestor() {
        assertFalse(VerifyBstPostorder.verify(new int[] {7, 4, 6, 5})); // root 5: 7 sits left of 4 < 5
        assertFalse(VerifyBstPostorder.verify(new int[] {4, 8, 6, 12, 3, 14, 10}));
    }

    @Test
    void emptyIsFalseAsOnNowcoderAndOneValueIsTrue() {
        assertFalse(VerifyBstPostorder.verify(new int[0]));
        assertTrue(VerifyBstPostorder.verify(new int[] {42}));
    }

    @Test
    void agreesWithDivideAndConquerOnRandomSequences() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 2000; trial++) {
            List<Integer> values = OfferTesting.distinctValues(rng, 1 + rng.nextInt(8));
            int[] sequence;
            if (trial % 2 == 0) {
                List<Integer> post = new ArrayList<>();
                postorder(OfferTesting.bst(values), post);
                sequence = post.stream().mapToInt(Integer::intValue).toArray();
                assertTrue(VerifyBstPostorder.verify(sequence));
            } else {
                Collections.shuffle(values, rng);
                sequence = values.stream().mapToInt(Integer::intValue).toArray();
            }
            assertEquals(naive(sequence, 0, sequence.length - 1), VerifyBstPostorder.verify(sequence));
        }
    }

    private static void postorder(TreeNode node, List<Integer> out) {
        if (node != null) {
            postorder(node.left, out);
            postorder(node.right, out);
            out.add(node.val);
        }
    }

    /** The textbook check: the last value is the root; split at the first larger value; recurse. */
    private static boolean naive(int[] s, int lo, int hi) {
        if (lo >= hi) {
            return true;
        }
        int root = s[hi];
        int split = lo;
        while (split < hi && s[split] < root) {
            split++;
        }
        for (int i = split; i < hi; i++) {
            if (s[i] < root) {
                return false;
            }
        }
        return naive(s, lo, split - 1) && naive(s, split, hi - 1);
    }

    @Test
    void rejectsNullAndRepeatedValues() {
        assertRejected(VerifyBstPostorder.class, () -> VerifyBstPostorder.verify(null));
        assertRejected(VerifyBstPostorder.class, () -> VerifyBstPostorder.verify(new int[] {1, 1}));
    }
}
