package dlprep.algorithms.offer;

/**
 * JZ57 二叉树的下一个结点: given a node of a binary tree whose nodes know their parent, the node that follows
 * it in in-order traversal.
 *
 * <p>Approach: if the node has a right subtree, the successor is that subtree's leftmost node. Otherwise
 * climb while the node is its parent's right child; the first parent reached from a left child is the
 * successor (none if the climb passes the root).
 *
 * <p>Complexity: O(height) time, O(1) space.
 *
 * <p>Original: solved as file JZ57; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class InorderSuccessor {
    private InorderSuccessor() {
    }

    /** The in-order successor of {@code node}, or {@code null} if it is the last node. */
    public static TreeLinkNode next(TreeLinkNode node) {
        Inputs.notNull(node, InorderSuccessor.class, "node");
        if (node.right != null) {
            TreeLinkNode p = node.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        TreeLinkNode p = node;
        while (p.parent != null && p.parent.right == p) {
            p = p.parent;
        }
        return p.parent;
    }
}
