package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ18 二叉树的镜像: turn a binary tree into its mirror image in place (swap the children of every node).
 *
 * <p>Approach: visit every node once, with an explicit stack so that a tree shaped like a long chain does
 * not overflow the call stack, and swap its two children.
 *
 * <p>Complexity: O(n) time, O(height) space.
 *
 * <p>Original: solved in file JZ18, which has the extension of a type-stub file ({@code .pyi}) instead of
 * {@code .py}; the inventory records no other defect.
 *
 * @see OfferProblems
 */
public final class MirrorTree {
    private MirrorTree() {
    }

    /** Mirrors the tree in place and returns its root. */
    public static TreeNode mirror(TreeNode root) {
        Deque<TreeNode> stack = new ArrayDeque<>();
        if (root != null) {
            stack.push(root);
        }
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            TreeNode left = node.left;
            node.left = node.right;
            node.right = left;
            if (node.left != null) {
                stack.push(node.left);
            }
            if (node.right != null) {
                stack.push(node.right);
            }
        }
        return root;
    }
}
