package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintTreeByLevelsTest {
    @Test
    void oneListPerLevel() {
        assertEquals(List.of(List.of(8), List.of(6, 10), List.of(5, 7, 9, 11)),
                PrintTreeByLevels.levels(TreeNode.fromLevelOrder(8, 6, 10, 5, 7, 9, 11)));
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4)),
                PrintTreeByLevels.levels(TreeNode.fromLevelOrder(1, 2, 3, null, null, 4)));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertEquals(List.of(), PrintTreeByLevels.levels(null));
        assertEquals(List.of(List.of(Integer.MIN_VALUE)), PrintTreeByLevels.levels(new TreeNode(Integer.MIN_VALUE)));
    }

    @Test
    void agreesWithADepthFirstLevelListing() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(20)));
            List<List<Integer>> expected = new ArrayList<>();
            ZigzagLevelOrderTest.byDepth(tree, 0, expected);
            assertEquals(expected, PrintTreeByLevels.levels(tree));
        }
    }
}
