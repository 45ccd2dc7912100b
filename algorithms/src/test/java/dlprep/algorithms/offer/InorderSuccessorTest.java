package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InorderSuccessorTest {
    @Test
    void successorsInABst() {
        TreeLinkNode root = OfferTesting.linked(TreeNode.fromLevelOrder(8, 6, 10, 5, 7, 9, 11), new HashMap<>());
        assertEquals(9, InorderSuccessor.next(root).val); // leftmost of the right subtree
        assertEquals(8, InorderSuccessor.next(root.left.right).val); // 7 climbs to the first left turn
        assertEquals(6, InorderSuccessor.next(root.left.left).val);
        assertNull(InorderSuccessor.next(root.right.right)); // 11 is last
    }

    @Test
    void aSingleNodeHasNoSuccessor() {
        assertNull(InorderSuccessor.next(new TreeLinkNode(1)));
    }

    @Test
    void agreesWithTheInorderSequenceOfRandomTrees() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, 1 + rng.nextInt(15)));
            Map<TreeNode, TreeLinkNode> linked = new HashMap<>();
            OfferTesting.linked(tree, linked);
            List<TreeLinkNode> order = new ArrayList<>();
            inorder(tree, linked, order);
            for (int i = 0; i < order.size(); i++) {
                assertEquals(i + 1 < order.size() ? order.get(i + 1) : null, InorderSuccessor.next(order.get(i)));
            }
        }
    }

    private static void inorder(TreeNode node, Map<TreeNode, TreeLinkNode> linked, List<TreeLinkNode> out) {
        if (node != null) {
            inorder(node.left, linked, out);
            out.add(linked.get(node));
            inorder(node.right, linked, out);
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(InorderSuccessor.class, () -> InorderSuccessor.next(null));
    }
}
