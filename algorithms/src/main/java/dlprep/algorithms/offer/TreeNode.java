package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A binary tree node holding an int, the tree type of the 剑指Offer problems. */
public final class TreeNode {
    public int val;
    public TreeNode left;
    public TreeNode right;

    public TreeNode(int val) {
        this.val = val;
    }

    public TreeNode(int val, TreeNode left, TreeNode right) {
        this.val = val;
        this.left = left;
        this.right = right;
    }

    /**
     * The tree written in level order with {@code null} for a missing child, as LeetCode and Nowcoder print
     * trees: {@code fromLevelOrder(1, null, 2, 3)} is 1 with right child 2, whose left child is 3.
     * Children of a missing node are not written.
     */
    public static TreeNode fromLevelOrder(Integer... values) {
        if (values.length == 0 || values[0] == null) {
            return null;
        }
        TreeNode root = new TreeNode(values[0]);
        Deque<TreeNode> parents = new ArrayDeque<>();
        parents.add(root);
        int i = 1;
        while (i < values.length) {
            TreeNode parent = parents.poll();
            if (parent == null) {
                throw new IllegalArgumentException("TreeNode.fromLevelOrder: value at index " + i
                        + " has no parent in " + Arrays.toString(values));
            }
            if (values[i] != null) {
                parent.left = new TreeNode(values[i]);
                parents.add(parent.left);
            }
            i++;
            if (i < values.length && values[i] != null) {
                parent.right = new TreeNode(values[i]);
                parents.add(parent.right);
            }
            i++;
        }
        return root;
    }

    /** The inverse of {@link #fromLevelOrder}: level order with {@code null} holes, trailing nulls dropped. */
    public static List<Integer> toLevelOrder(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        List<TreeNode> order = new ArrayList<>();
        if (root != null) {
            queue.add(root);
        }
        // ArrayDeque refuses nulls, so the holes are recorded in a list as the queue is drained.
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            order.add(node.left);
            order.add(node.right);
            if (node.left != null) {
                queue.add(node.left);
            }
            if (node.right != null) {
                queue.add(node.right);
            }
        }
        if (root != null) {
            out.add(root.val);
        }
        for (TreeNode n : order) {
            out.add(n == null ? null : n.val);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The values in in-order (left, root, right), iteratively so deep trees do not overflow the stack. */
    public static List<Integer> inorder(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        Deque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            out.add(node.val);
            node = node.right;
        }
        return out;
    }

    @Override
    public String toString() {
        return "TreeNode(" + val + ")";
    }
}
