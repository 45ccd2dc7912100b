package dlprep.algorithms.offer;

import java.util.ArrayList;
import java.util.List;

/**
 * JZ58 对称的二叉树: whether a binary tree is its own mirror image.
 *
 * <p>Approach: compare the tree with its mirror without building it: the left subtree's left must mirror the
 * right subtree's right, and the left's right the right's left. Pairs to compare are kept on an explicit
 * work list (nulls allowed), so deep trees do not overflow the call stack.
 *
 * <p>Complexity: O(n) time, O(n) space.
 *
 * <p>Original: solved as file JZ58; the inventory records no defect. Pitfall: checking only that the
 * in-order sequence is a palindrome (it ignores the shape).
 *
 * @see OfferProblems
 */
public final class SymmetricTree {
    private SymmetricTree() {
    }

    public static boolean isSymmetric(TreeNode root) {
        if (root == null) {
            return true;
        }
        List<TreeNode> pairs = new ArrayList<>();
        pairs.add(root.left);
        pairs.add(root.right);
        while (!pairs.isEmpty()) {
            TreeNode b = pairs.remove(pairs.size() - 1);
            TreeNode a = pairs.remove(pairs.size() - 1);
            if (a == null && b == null) {
                continue;
            }
            if (a == null || b == null || a.val != b.val) {
                return false;
            }
            pairs.add(a.left);
            pairs.add(b.right);
            pairs.add(a.right);
            pairs.add(b.left);
        }
        return true;
    }
}
