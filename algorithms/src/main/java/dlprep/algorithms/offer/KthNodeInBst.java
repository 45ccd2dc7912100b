package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ62 二叉搜索树的第k个结点: the node with the k-th smallest value of a binary search tree (k = 1 is the
 * smallest).
 *
 * <p>Approach: in-order traversal visits a BST's values in ascending order; stop at the k-th visit. It is
 * iterative, so it stops as soon as the answer is known and does not overflow on a chain.
 *
 * <p>Complexity: O(height + k) time, O(height) space.
 *
 * <p>Original: solved, filed as JZ63 (the original's numbering is shifted by one here too); the inventory
 * records no defect. Pitfall: counting with a local variable in a recursive helper, whose increments are lost
 * on return.
 *
 * @see OfferProblems
 */
public final class KthNodeInBst {
    private KthNodeInBst() {
    }

    /** The k-th smallest node, or {@code null} if the tree has fewer than k nodes. */
    public static TreeNode kth(TreeNode root, int k) {
        if (k < 1) {
            throw Inputs.invalid(KthNodeInBst.class, "k = " + k + " must be at least 1 (1 is the smallest)");
        }
        Deque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        int visited = 0;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (++visited == k) {
                return node;
            }
            node = node.right;
        }
        return null;
    }
}
