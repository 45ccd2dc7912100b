package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ17 树的子结构: whether tree B occurs in tree A as a substructure: some node of A matches B's root, and
 * wherever B has a child, A has a child with the same value (A may have more below).
 *
 * <p>Approach: visit every node of A; at each, check "A here starts with B" by walking both trees together,
 * which may stop early on a mismatch. By Nowcoder's convention the empty tree is a substructure of nothing.
 *
 * <p>Complexity: O(|A| * |B|) time in the worst case, O(height) space.
 *
 * <p>Original: solved as file JZ17; the inventory records no defect. Pitfall: this is not LeetCode 572
 * (subtree), where B must match A down to the leaves.
 *
 * @see OfferProblems
 */
public final class TreeSubstructure {
    private TreeSubstructure() {
    }

    public static boolean hasSubtree(TreeNode a, TreeNode b) {
        if (b == null) {
            return false;
        }
        Deque<TreeNode> stack = new ArrayDeque<>();
        if (a != null) {
            stack.push(a);
        }
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            if (startsWith(node, b)) {
                return true;
            }
            if (node.left != null) {
                stack.push(node.left);
            }
            if (node.right != null) {
                stack.push(node.right);
            }
        }
        return false;
    }

    private static boolean startsWith(TreeNode a, TreeNode b) {
        if (b == null) {
            return true;
        }
        if (a == null || a.val != b.val) {
            return false;
        }
        return startsWith(a.left, b.left) && startsWith(a.right, b.right);
    }
}
