package dlprep.algorithms.offer;

/**
 * JZ39 平衡二叉树: whether the depths of the two subtrees of every node differ by at most one.
 *
 * <p>Approach: one post-order pass returning each subtree's height, or -1 as soon as some subtree is
 * unbalanced, which then propagates up without further work.
 *
 * <p>Complexity: O(n) time, O(height) space.
 *
 * <p>Original: solved as file JZ39; the inventory records no defect. Pitfall: calling a separate depth
 * function at every node is O(n^2) on a chain (the tests use that as the reference).
 *
 * @see OfferProblems
 */
public final class BalancedTree {
    private static final int UNBALANCED = -1;

    private BalancedTree() {
    }

    public static boolean isBalanced(TreeNode root) {
        return height(root) != UNBALANCED;
    }

    private static int height(TreeNode node) {
        if (node == null) {
            return 0;
        }
        int left = height(node.left);
        if (left == UNBALANCED) {
            return UNBALANCED;
        }
        int right = height(node.right);
        if (right == UNBALANCED || Math.abs(left - right) > 1) {
            return UNBALANCED;
        }
        return Math.max(left, right) + 1;
    }
}
