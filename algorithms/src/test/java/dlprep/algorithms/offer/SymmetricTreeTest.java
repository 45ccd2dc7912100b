package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SymmetricTreeTest {
    @Test
    void mirrorImagesOfThemselves() {
        assertTrue(SymmetricTree.isSymmetric(TreeNode.fromLevelOrder(1, 2, 2, 3, 4, 4, 3)));
        assertTrue(SymmetricTree.isSymmetric(TreeNode.fromLevelOrder(1, 2, 2, null, 3, 3)));
    }

    @Test
    void sameValuesInTheWrongShapeAreNotSymmetric() {
        assertFalse(SymmetricTree.isSymmetric(TreeNode.fromLevelOrder(1, 2, 2, null, 3, null, 3)));
        assertFalse(SymmetricTree.isSymmetric(TreeNode.fromLevelOrder(1, 2, 2, 2, null, 2)));
    }

    @Test
    void emptyAndOneNodeTreesAreSymmetric() {
        assertTrue(SymmetricTree.isSymmetric(null));
        assertTrue(SymmetricTree.isSymmetric(new TreeNode(Integer.MIN_VALUE)));
    }

    @Test
    void agreesWithComparingATreeToItsMirror() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            java.util.List<Integer> values = new java.util.ArrayList<>();
            for (int i = rng.nextInt(8); i > 0; i--) {
                values.add(rng.nextInt(2));
            }
            TreeNode half = OfferTesting.randomTree(rng, values);
            // Half of the trials join a tree with its own mirror, which must be symmetric.
            TreeNode tree = trial % 2 == 0
                    ? new TreeNode(0, half, MirrorTree.mirror(copy(half)))
                    : new TreeNode(0, half, OfferTesting.randomTree(rng, values));
            String mirrored = SerializeTree.serialize(MirrorTree.mirror(copy(tree)));
            assertEquals(SerializeTree.serialize(tree).equals(mirrored), SymmetricTree.isSymmetric(tree));
        }
    }

    private static TreeNode copy(TreeNode node) {
        return node == null ? null : new TreeNode(node.val, copy(node.left), copy(node.right));
    }
}
