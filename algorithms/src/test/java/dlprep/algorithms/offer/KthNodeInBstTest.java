package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class KthNodeInBstTest {
    private static final TreeNode BST = TreeNode.fromLevelOrder(5, 3, 7, 2, 4, 6, 8);

    @Test
    void countsFromTheSmallest() {
        assertEquals(2, KthNodeInBst.kth(BST, 1).val);
        assertEquals(4, KthNodeInBst.kth(BST, 3).val);
        assertEquals(8, KthNodeInBst.kth(BST, 7).val);
    }

    @Test
    void kBeyondTheSizeAndTheEmptyTreeGiveNull() {
        assertNull(KthNodeInBst.kth(BST, 8));
        assertNull(KthNodeInBst.kth(null, 1));
        assertNull(KthNodeInBst.kth(BST, Integer.MAX_VALUE));
    }

    @Test
    void agreesWithSortingTheValuesOfRandomBsts() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            List<Integer> values = OfferTesting.distinctValues(rng, 1 + rng.nextInt(20));
            TreeNode bst = OfferTesting.bst(values);
            List<Integer> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            for (int k = 1; k <= sorted.size(); k++) {
                assertEquals(sorted.get(k - 1), KthNodeInBst.kth(bst, k).val);
            }
        }
    }

    @Test
    void rejectsKBelowOne() {
        assertRejected(KthNodeInBst.class, () -> KthNodeInBst.kth(BST, 0));
        assertRejected(KthNodeInBst.class, () -> KthNodeInBst.kth(BST, Integer.MIN_VALUE));
    }
}
