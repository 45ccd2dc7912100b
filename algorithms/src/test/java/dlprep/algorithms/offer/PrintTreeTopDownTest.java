package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintTreeTopDownTest {
    @Test
    void printsLevelByLevelLeftToRight() {
        assertEquals(List.of(8, 6, 10, 5, 7, 9, 11), PrintTreeTopDown.levelOrder(TreeNode.fromLevelOrder(8, 6, 10, 5, 7, 9, 11)));
        assertEquals(List.of(1, 2, 3, 4), PrintTreeTopDown.levelOrder(TreeNode.fromLevelOrder(1, 2, null, 3, null, 4)));
    }

    @Test
    void emptyAndOneNodeTrees() {
        assertEquals(List.of(), PrintTreeTopDown.levelOrder(null));
        assertEquals(List.of(Integer.MAX_VALUE), PrintTreeTopDown.levelOrder(new TreeNode(Integer.MAX_VALUE)));
    }

    @Test
    void agreesWithTheLevelOrderWithHolesWithoutTheHoles() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            TreeNode tree = OfferTesting.randomTree(rng, OfferTesting.distinctValues(rng, rng.nextInt(20)));
            List<Integer> expected = TreeNode.toLevelOrder(tree).stream().filter(Objects::nonNull).toList();
            assertEquals(expected, PrintTreeTopDown.levelOrder(tree));
        }
    }
}
