package dlprep.algorithms.offer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JZ61 序列化二叉树: write a binary tree as a string and read it back into the same tree.
 *
 * <p>Approach: level order with "#" for a missing child, comma-separated, trailing "#"s dropped: the tree
 * 1(2, 3(4, 5)) is "1,2,3,#,#,4,5" and the empty tree is "". Reading walks the tokens with a queue of
 * parents waiting for children. Both directions are iterative, so a chain-shaped tree of any depth works.
 *
 * <p>Complexity: O(n) time and space both ways.
 *
 * <p>Original: solved as file JZ61; the inventory records no defect. Pitfall: writing values without a
 * separator ("12" could be 1 then 2); a malformed string is rejected with the offending token.
 *
 * @see OfferProblems
 */
public final class SerializeTree {
    private static final String NULL = "#";

    private SerializeTree() {
    }

    public static String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        if (root == null) {
            return "";
        }
        Deque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        out.append(root.val);
        int keep = out.length();
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            for (TreeNode child : new TreeNode[] {node.left, node.right}) {
                out.append(',');
                if (child == null) {
                    out.append(NULL);
                } else {
                    out.append(child.val);
                    keep = out.length();
                    queue.add(child);
                }
            }
        }
        out.setLength(keep);
        return out.toString();
    }

    public static TreeNode deserialize(String data) {
        Inputs.notNull(data, SerializeTree.class, "data");
        if (data.isEmpty()) {
            return null;
        }
        String[] tokens = data.split(",", -1);
        TreeNode root = node(tokens, 0);
        if (root == null) {
            throw Inputs.invalid(SerializeTree.class, "the root token is \"#\"; the empty tree is \"\"");
        }
        Deque<TreeNode> parents = new ArrayDeque<>();
        parents.add(root);
        for (int i = 1; i < tokens.length; i += 2) {
            TreeNode parent = parents.poll();
            if (parent == null) {
                throw Inputs.invalid(SerializeTree.class, "token " + i + " (\"" + tokens[i]
                        + "\") has no parent; the string has too many tokens");
            }
            parent.left = node(tokens, i);
            parent.right = i + 1 < tokens.length ? node(tokens, i + 1) : null;
            if (parent.left != null) {
                parents.add(parent.left);
            }
            if (parent.right != null) {
                parents.add(parent.right);
            }
        }
        return root;
    }

    private static TreeNode node(String[] tokens, int i) {
        if (tokens[i].equals(NULL)) {
            return null;
        }
        try {
            return new TreeNode(Integer.parseInt(tokens[i]));
        } catch (NumberFormatException e) {
            throw Inputs.invalid(SerializeTree.class, "token " + i + " (\"" + tokens[i]
                    + "\") is neither an int nor \"#\"");
        }
    }
}
