package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TreeDepthTest {
    @Test
    void countsNodesOnTheLongestPath() {
        assertEquals(4, TreeDepth.depth(TreeNode.fromLevelOrder(1, 2, 3, 4, 5, null, 6, null, null, 7))); // 1 2 5 7
        assertEquals(0, TreeDepth.depth(null));
        assertEquals(1, TreeDepth.depth(new TreeNode(0)));
    }

    @Test
    void aDeepChainDoesNotOverflowTheStack() {
        assertEquals(200_000, TreeDepth.depth(OfferTesting.rightChain(200_000)));
    }

    @Test
    void agreesWithTheRecursiveDefinitionOnRandomTrees() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(30)));
            assertEquals(recursive(tree), TreeDepth.depth(tree));
        }
    }

    private static int recursive(TreeNode node) {
        return node == null ? 0 : 1 + Math.max(recursive(node.left), recursive(node.right));
    }
}
