package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ZigzagLevelOrderTest {
    @Test
    void alternatesDirectionLevelByLevel() {
        assertEquals(List.of(List.of(1), List.of(3, 2), List.of(4, 5, 6, 7)),
                ZigzagLevelOrder.levels(TreeNode.fromLevelOrder(1, 2, 3, 4, 5, 6, 7)));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(4)),
                ZigzagLevelOrder.levels(TreeNode.fromLevelOrder(1, 2, null, 3, null, 4)));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertEquals(List.of(), ZigzagLevelOrder.levels(null));
        assertEquals(List.of(List.of(9)), ZigzagLevelOrder.levels(new TreeNode(9)));
    }

    @Test
    void agreesWithReversingTheOddLevelsOfADepthFirstLevelListing() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(20)));
            List<List<Integer>> expected = new ArrayList<>();
            byDepth(tree, 0, expected);
            for (int i = 1; i < expected.size(); i += 2) {
                Collections.reverse(expected.get(i));
            }
            assertEquals(expected, ZigzagLevelOrder.levels(tree));
        }
    }

    /** Levels by a pre-order walk that appends each value to the list of its depth. */
    static void byDepth(TreeNode node, int depth, List<List<Integer>> levels) {
        if (node == null) {
            return;
        }
        if (levels.size() == depth) {
            levels.add(new ArrayList<>());
        }
        levels.get(depth).add(node.val);
        byDepth(node.left, depth + 1, levels);
        byDepth(node.right, depth + 1, levels);
    }
}
