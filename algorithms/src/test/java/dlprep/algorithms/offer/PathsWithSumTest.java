package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathsWithSumTest {
    @Test
    void findsRootToLeafPathsLongestFirst() {
        TreeNode root = TreeNode.fromLevelOrder(10, 5, 12, 4, 7);
        assertEquals(List.of(List.of(10, 5, 7), List.of(10, 12)), PathsWithSum.find(root, 22));
    }

    @Test
    void aPathMustEndAtALeaf() {
        assertEquals(List.of(), PathsWithSum.find(TreeNode.fromLevelOrder(1, 2), 1)); // 1 is not a leaf
        // With negative values a path may pass the target and come back: 1 - 2 + 1 - 1 = -1.
        TreeNode negative = TreeNode.fromLevelOrder(1, -2, -3, 1, 3, -2, null, -1);
        assertEquals(List.of(List.of(1, -2, 1, -1)), PathsWithSum.find(negative, -1));
    }

    @Test
    void sumsDoNotWrapAroundTheIntRange() {
        // In int arithmetic MAX + MAX wraps to -2 and would match; the true sum is 4294967294.
        TreeNode root = TreeNode.fromLevelOrder(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertEquals(List.of(), PathsWithSum.find(root, -2));
        assertEquals(List.of(List.of(Integer.MIN_VALUE)), PathsWithSum.find(new TreeNode(Integer.MIN_VALUE), Integer.MIN_VALUE));
    }

    @Test
    void emptyTreeHasNoPaths() {
        assertEquals(List.of(), PathsWithSum.find(null, 0));
    }

    @Test
    void randomTreesEveryPathFoundAddsUpAndEveryLeafPathIsFound() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            List<Integer> values = new ArrayList<>();
            for (int i = 1 + rng.nextInt(15); i > 0; i--) {
                values.add(rng.nextInt(7) - 3);
            }
            TreeNode tree = OfferTesting.randomTree(rng, values);
            List<List<Integer>> leafPaths = new ArrayList<>();
            collect(tree, new ArrayList<>(), leafPaths);
            int target = leafPaths.get(rng.nextInt(leafPaths.size())).stream().mapToInt(Integer::intValue).sum();
            List<List<Integer>> expected = leafPaths.stream()
                    .filter(p -> p.stream().mapToInt(Integer::intValue).sum() == target).toList();
            List<List<Integer>> found = PathsWithSum.find(tree, target);
            assertEquals(new HashSet<>(expected), new HashSet<>(found));
            assertEquals(expected.size(), found.size());
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).size() >= found.get(i).size());
            }
        }
    }

    private static void collect(TreeNode node, List<Integer> path, List<List<Integer>> out) {
        path.add(node.val);
        if (node.left == null && node.right == null) {
            out.add(List.copyOf(path));
        }
        if (node.left != null) {
            collect(node.left, path, out);
        }
        if (node.right != null) {
            collect(node.right, path, out);
        }
        path.remove(path.size() - 1);
    }
}
