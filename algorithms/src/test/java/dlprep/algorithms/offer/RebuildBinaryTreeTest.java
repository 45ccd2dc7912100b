package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RebuildBinaryTreeTest {
    @Test
    void rebuildsNowcodersExample() {
        // Pre-order 1 2 4 7 3 5 6 8, in-order 4 7 2 1 5 3 8 6: 1 has left 2 (left 4, whose right is 7) and
        // right 3 (left 5, right 6, whose left is 8).
        TreeNode root = RebuildBinaryTree.build(new int[] {1, 2, 4, 7, 3, 5, 6, 8}, new int[] {4, 7, 2, 1, 5, 3, 8, 6});
        assertEquals(Arrays.asList(1, 2, 3, 4, null, 5, 6, null, 7, null, null, 8), TreeNode.toLevelOrder(root));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertNull(RebuildBinaryTree.build(new int[0], new int[0]));
        assertEquals(List.of(Integer.MIN_VALUE),
                TreeNode.toLevelOrder(RebuildBinaryTree.build(new int[] {Integer.MIN_VALUE}, new int[] {Integer.MIN_VALUE})));
    }

    @Test
    void rebuildsRandomTreesFromTheirTraversals() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(20)));
            List<Integer> pre = new ArrayList<>();
            preorder(tree, pre);
            int[] preorder = pre.stream().mapToInt(Integer::intValue).toArray();
            int[] inorder = TreeNode.inorder(tree).stream().mapToInt(Integer::intValue).toArray();
            assertEquals(TreeNode.toLevelOrder(tree), TreeNode.toLevelOrder(RebuildBinaryTree.build(preorder, inorder)));
        }
    }

    private static void preorder(TreeNode node, List<Integer> out) {
        if (node != null) {
            out.add(node.val);
            preorder(node.left, out);
            preorder(node.right, out);
        }
    }

    @Test
    void rejectsMismatchedDuplicatedOrInconsistentTraversals() {
        assertRejected(RebuildBinaryTree.class, () -> RebuildBinaryTree.build(null, new int[0]));
        assertRejected(RebuildBinaryTree.class, () -> RebuildBinaryTree.build(new int[] {1}, new int[0]));
        assertRejected(RebuildBinaryTree.class, () -> RebuildBinaryTree.build(new int[] {1, 1}, new int[] {1, 1}));
        assertRejected(RebuildBinaryTree.class, () -> RebuildBinaryTree.build(new int[] {1, 2}, new int[] {1, 3}));
        // Root 1 splits the in-order 3 | 1 | 2 into left {3} and right {2}, but the next pre-order value is 2.
        assertRejected(RebuildBinaryTree.class, () -> RebuildBinaryTree.build(new int[] {1, 2, 3}, new int[] {3, 1, 2}));
    }
}
