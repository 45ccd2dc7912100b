package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeSubstructureTest {
    private static final TreeNode A = TreeNode.fromLevelOrder(8, 8, 7, 9, 2, null, null, null, null, 4, 7);

    @Test
    void findsASubstructureBelowTheRoot() {
        assertTrue(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(8, 9, 2)));
        assertTrue(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(2, 4, 7)));
        assertTrue(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(7)));
    }

    @Test
    void aSubstructureNeedNotReachTheLeaves() {
        // Unlike a subtree (LeetCode 572): A's node 2 has children 4 and 7 that B leaves out.
        assertTrue(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(8, 9, 2)));
        assertTrue(TreeSubstructure.hasSubtree(TreeNode.fromLevelOrder(1, 2, 3, 4), TreeNode.fromLevelOrder(1, 2, 3)));
    }

    @Test
    void rejectsMismatchesInValueOrShape() {
        assertFalse(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(8, 9, 3)));
        assertFalse(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(8, 2, 9)));
        assertFalse(TreeSubstructure.hasSubtree(A, TreeNode.fromLevelOrder(2, 4, 7, 1)));
    }

    @Test
    void theEmptyTreeIsNoSubstructureAndHasNone() {
        assertFalse(TreeSubstructure.hasSubtree(A, null));
        assertFalse(TreeSubstructure.hasSubtree(null, TreeNode.fromLevelOrder(1)));
        assertFalse(TreeSubstructure.hasSubtree(null, null));
    }

    @Test
    void findsRandomPrunedCopiesOfRandomSubtrees() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            List<Integer> values = new ArrayList<>();
            for (int i = 1 + rng.nextInt(15); i > 0; i--) {
                values.add(rng.nextInt(3));
            }
            TreeNode a = OfferTesting.randomTree(rng, values);
            TreeNode start = a;
            while (start.left != null && rng.nextBoolean()) {
                start = start.left;
            }
            assertTrue(TreeSubstructure.hasSubtree(a, prunedCopy(start, rng)));
            assertFalse(TreeSubstructure.hasSubtree(a, new TreeNode(3, prunedCopy(start, rng), null)));
        }
    }

    /** A copy of the top of {@code node}: each child is kept or dropped at random. */
    private static TreeNode prunedCopy(TreeNode node, Random rng) {
        TreeNode copy = new TreeNode(node.val);
        if (node.left != null && rng.nextBoolean()) {
            copy.left = prunedCopy(node.left, rng);
        }
        if (node.right != null && rng.nextBoolean()) {
            copy.right = prunedCopy(node.right, rng);
        }
        return copy;
    }
}
