package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * JZ60 把二叉树打印成多行: the values of a binary tree level by level, one list per level.
 *
 * <p>Approach: breadth-first search that, before draining a level, notes the queue's size: exactly that many
 * nodes belong to the current level.
 *
 * <p>Complexity: O(n) time, O(width) space besides the output.
 *
 * <p>Original: solved as file JZ60; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class PrintTreeByLevels {
    private PrintTreeByLevels() {
    }

    public static List<List<Integer>> levels(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            List<Integer> level = new ArrayList<>();
            for (int i = queue.size(); i > 0; i--) {
                TreeNode node = queue.poll();
                level.add(node.val);
                if (node.left != null) {
                    queue.add(node.left);
                }
                if (node.right != null) {
                    queue.add(node.right);
                }
            }
            levels.add(level);
        }
        return levels;
    }
}
