package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ26 二叉搜索树与双向链表: turn a binary search tree into a sorted doubly linked list in place, using
 * {@code left} as "previous" and {@code right} as "next", and return its first node.
 *
 * <p>Approach: an in-order traversal visits the values in sorted order; link each visited node to the one
 * visited before it. The traversal is iterative, and a node's right child is read before the node is
 * relinked.
 *
 * <p>Complexity: O(n) time, O(height) space.
 *
 * <p>Original: solved as file JZ26; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class BstToDoublyLinkedList {
    private BstToDoublyLinkedList() {
    }

    public static TreeNode convert(TreeNode root) {
        Deque<TreeNode> stack = new ArrayDeque<>();
        TreeNode head = null;
        TreeNode prev = null;
        TreeNode node = root;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            TreeNode right = node.right;
            node.left = prev;
            if (prev == null) {
                head = node;
            } else {
                prev.right = node;
            }
            prev = node;
            node = right;
        }
        if (prev != null) {
            prev.right = null;
        }
        return head;
    }
}
