package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MirrorTreeTest {
    @Test
    void swapsTheChildrenOfEveryNode() {
        TreeNode root = TreeNode.fromLevelOrder(8, 6, 10, 5, 7, 9, 11);
        assertEquals(List.of(8, 10, 6, 11, 9, 7, 5), TreeNode.toLevelOrder(MirrorTree.mirror(root)));
        assertEquals(Arrays.asList(1, null, 2, 3), TreeNode.toLevelOrder(MirrorTree.mirror(TreeNode.fromLevelOrder(1, 2, null, null, 3))));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertNull(MirrorTree.mirror(null));
        assertEquals(List.of(Integer.MIN_VALUE), TreeNode.toLevelOrder(MirrorTree.mirror(new TreeNode(Integer.MIN_VALUE))));
    }

    @Test
    void mirroringTwiceRestoresRandomTreesAndReversesTheirInorder() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(15)));
            List<Integer> before = TreeNode.toLevelOrder(tree);
            List<Integer> inorder = TreeNode.inorder(tree);
            MirrorTree.mirror(tree);
            List<Integer> mirroredInorder = TreeNode.inorder(tree);
            for (int i = 0; i < inorder.size(); i++) {
                assertEquals(inorder.get(i), mirroredInorder.get(inorder.size() - 1 - i));
            }
            assertEquals(before, TreeNode.toLevelOrder(MirrorTree.mirror(tree)));
        }
    }

    @Test
    void aDeepChainDoesNotOverflowTheStack() {
        TreeNode root = MirrorTree.mirror(OfferTesting.rightChain(200_000));
        assertNull(root.right);
        assertEquals(2, root.left.val);
    }
}
