package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * JZ22 从上往下打印二叉树: the values of a binary tree level by level, left to right (breadth-first).
 *
 * <p>Approach: a FIFO queue: take a node, output it, enqueue its children.
 *
 * <p>Complexity: O(n) time, O(width) space.
 *
 * <p>Original: solved as file JZ22; the inventory records no defect. Pitfall: Python's {@code list.pop(0)}
 * as the queue is O(n) per pop; use a deque.
 *
 * @see OfferProblems
 */
public final class PrintTreeTopDown {
    private PrintTreeTopDown() {
    }

    public static List<Integer> levelOrder(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            out.add(node.val);
            if (node.left != null) {
                queue.add(node.left);
            }
            if (node.right != null) {
                queue.add(node.right);
            }
        }
        return out;
    }
}
