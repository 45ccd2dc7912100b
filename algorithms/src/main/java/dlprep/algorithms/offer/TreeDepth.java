package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ38 二叉树的深度: the number of nodes on the longest root-to-leaf path (0 for the empty tree).
 *
 * <p>Approach: breadth-first, one level at a time, counting the levels. The recursive
 * {@code 1 + max(depth(left), depth(right))} is the same count but overflows the call stack on a chain.
 *
 * <p>Complexity: O(n) time, O(width) space.
 *
 * <p>Original: solved as file JZ38 (a number the original also gave to the previous problem, JZ37); the
 * inventory records no defect.
 *
 * @see OfferProblems
 */
public final class TreeDepth {
    private TreeDepth() {
    }

    public static int depth(TreeNode root) {
        Deque<TreeNode> level = new ArrayDeque<>();
        if (root != null) {
            level.add(root);
        }
        int depth = 0;
        while (!level.isEmpty()) {
            depth++;
            for (int i = level.size(); i > 0; i--) {
                TreeNode node = level.poll();
                if (node.left != null) {
                    level.add(node.left);
                }
                if (node.right != null) {
                    level.add(node.right);
                }
            }
        }
        return depth;
    }
}
