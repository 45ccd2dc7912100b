package dlprep.algorithms.offer;

/**
 * A binary tree node that also points to its parent: JZ57's tree. Nowcoder calls the parent pointer
 * {@code next}; here it is named for what it is.
 */
public final class TreeLinkNode {
    public int val;
    public TreeLinkNode left;
    public TreeLinkNode right;
    public TreeLinkNode parent;

    public TreeLinkNode(int val) {
        this.val = val;
    }

    /** Sets {@code child} as the left child and this node as its parent; returns the child. */
    public TreeLinkNode attachLeft(TreeLinkNode child) {
        left = child;
        child.parent = this;
        return child;
    }

    /** Sets {@code child} as the right child and this node as its parent; returns the child. */
    public TreeLinkNode attachRight(TreeLinkNode child) {
        right = child;
        child.parent = this;
        return child;
    }

    @Override
    public String toString() {
        return "TreeLinkNode(" + val + ")";
    }
}
