package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SerializeTreeTest {
    @Test
    void writesLevelOrderWithHashForMissingChildren() {
        TreeNode tree = TreeNode.fromLevelOrder(1, 2, 3, null, null, 4, 5);
        assertEquals("1,2,3,#,#,4,5", SerializeTree.serialize(tree));
        assertEquals(TreeNode.toLevelOrder(tree), TreeNode.toLevelOrder(SerializeTree.deserialize("1,2,3,#,#,4,5")));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertEquals("", SerializeTree.serialize(null));
        assertNull(SerializeTree.deserialize(""));
        assertEquals("-2147483648", SerializeTree.serialize(new TreeNode(Integer.MIN_VALUE)));
        assertEquals(Integer.MIN_VALUE, SerializeTree.deserialize("-2147483648").val);
    }

    @Test
    void randomTreesSurviveTheRoundTrip() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(25)));
            assertEquals(TreeNode.toLevelOrder(tree),
                    TreeNode.toLevelOrder(SerializeTree.deserialize(SerializeTree.serialize(tree))));
        }
    }

    @Test
    void aDeepChainSurvivesTheRoundTripWithoutRecursion() {
        String data = SerializeTree.serialize(OfferTesting.rightChain(100_000));
        assertEquals(100_000, TreeDepth.depth(SerializeTree.deserialize(data)));
    }

    @Test
    void rejectsMalformedStrings() {
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize("1,x"));
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize("#"));
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize("1,#,#,2"));
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize(","));
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize("2147483648"));
        assertRejected(SerializeTree.class, () -> SerializeTree.deserialize(null));
    }
}
