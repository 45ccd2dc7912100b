package dlprep.algorithms.offer;

import java.util.HashMap;
import java.util.Map;

/**
 * JZ4 重建二叉树: rebuild a binary tree with distinct values from its pre-order and in-order traversals.
 *
 * <p>Approach: the first pre-order value is the root; its position in the in-order sequence splits that
 * sequence into the left and right subtrees, and their sizes split the rest of the pre-order sequence.
 * A hash map from value to in-order index makes each split O(1).
 *
 * <p>Complexity: O(n) time, O(n) space (map plus recursion depth up to n for a chain).
 *
 * <p>Original: solved as file JZ4; the inventory records no defect. Pitfall: searching the root in the
 * in-order array linearly and slicing arrays makes it O(n^2); inconsistent traversals must be rejected,
 * not silently turned into some tree.
 *
 * @see OfferProblems
 */
public final class RebuildBinaryTree {
    private final int[] pre;
    private final Map<Integer, Integer> inIndex;
    private int next;

    private RebuildBinaryTree(int[] pre, Map<Integer, Integer> inIndex) {
        this.pre = pre;
        this.inIndex = inIndex;
    }

    /** The tree with these traversals; {@code null} for two empty arrays. */
    public static TreeNode build(int[] preorder, int[] inorder) {
        Inputs.notNull(preorder, RebuildBinaryTree.class, "preorder");
        Inputs.notNull(inorder, RebuildBinaryTree.class, "inorder");
        if (preorder.length != inorder.length) {
            throw Inputs.invalid(RebuildBinaryTree.class, "preorder has " + preorder.length
                    + " values but inorder has " + inorder.length);
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < inorder.length; i++) {
            if (index.put(inorder[i], i) != null) {
                throw Inputs.invalid(RebuildBinaryTree.class, "value " + inorder[i]
                        + " occurs twice; the traversals determine the tree only for distinct values");
            }
        }
        return new RebuildBinaryTree(preorder, index).subtree(0, inorder.length - 1);
    }

    /** The subtree whose in-order values are inorder[lo..hi], built from the next pre-order values. */
    private TreeNode subtree(int lo, int hi) {
        if (lo > hi) {
            return null;
        }
        int value = pre[next];
        Integer at = inIndex.get(value);
        if (at == null || at < lo || at > hi) {
            throw Inputs.invalid(RebuildBinaryTree.class, "preorder value " + value + " at index " + next
                    + " does not fit the inorder sequence; the two traversals are not of one tree");
        }
        next++;
        TreeNode root = new TreeNode(value);
        root.left = subtree(lo, at - 1);
        root.right = subtree(at + 1, hi);
        return root;
    }
}
