package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BalancedTreeTest {
    @Test
    void balancedAndUnbalancedTrees() {
        assertTrue(BalancedTree.isBalanced(TreeNode.fromLevelOrder(1, 2, 3, 4, 5, 6, 7)));
        assertFalse(BalancedTree.isBalanced(TreeNode.fromLevelOrder(1, 2, null, 3)));
    }

    @Test
    void everyNodeMustBeBalancedNotOnlyTheRoot() {
        // The root's subtrees both have depth 3, but node 2 has a left depth of 2 and a right depth of 0.
        assertFalse(BalancedTree.isBalanced(TreeNode.fromLevelOrder(1, 2, 3, 4, null, null, 5, 6, null, null, 7)));
    }

    @Test
    void emptyAndOneNodeTreesAreBalanced() {
        assertTrue(BalancedTree.isBalanced(null));
        assertTrue(BalancedTree.isBalanced(new TreeNode(1)));
    }

    @Test
    void agreesWithComparingDepthsAtEveryNode() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(12)));
            assertEquals(naive(tree), BalancedTree.isBalanced(tree));
        }
    }

    private static boolean naive(TreeNode node) {
        return node == null || Math.abs(TreeDepth.depth(node.left) - TreeDepth.depth(node.right)) <= 1
                && naive(node.left) && naive(node.right);
    }
}
