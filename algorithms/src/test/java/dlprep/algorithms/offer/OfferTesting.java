package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the problem tests share: the rejection check and seeded random inputs. */
final class OfferTesting {
    /** The seed of every randomized comparison, so a failure reproduces. */
    static final long SEED = 20_261_127L;

    private OfferTesting() {
    }

    /** Asserts that {@code call} throws an IllegalArgumentException whose message starts with the problem's name. */
    static void assertRejected(Class<?> problem, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(problem.getSimpleName() + ": "),
                () -> "message should name " + problem.getSimpleName() + ": " + e.getMessage());
    }

    static Random random() {
        return new Random(SEED);
    }

    static int[] randomArray(Random rng, int length, int bound) {
        int[] a = new int[length];
        for (int i = 0; i < length; i++) {
            a[i] = rng.nextInt(bound);
        }
        return a;
    }

    /** {@code n} distinct ints, including the extremes when n allows, in random order. */
    static List<Integer> distinctValues(Random rng, int n) {
        List<Integer> values = new ArrayList<>();
        for (int v = 0; values.size() < n; v++) {
            values.add(v == 0 ? Integer.MIN_VALUE : v == 1 ? Integer.MAX_VALUE : v - n / 2);
        }
        Collections.shuffle(values, rng);
        return values;
    }

    /** A binary tree of random shape holding {@code values}, in pre-order. */
    static TreeNode randomTree(Random rng, List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        int leftSize = rng.nextInt(values.size());
        TreeNode root = new TreeNode(values.get(0));
        root.left = randomTree(rng, values.subList(1, 1 + leftSize));
        root.right = randomTree(rng, values.subList(1 + leftSize, values.size()));
        return root;
    }

    /** A binary search tree of the given distinct values, inserted in the given order. */
    static TreeNode bst(List<Integer> values) {
        TreeNode root = null;
        for (int v : values) {
            root = insert(root, v);
        }
        return root;
    }

    private static TreeNode insert(TreeNode root, int v) {
        if (root == null) {
            return new TreeNode(v);
        }
        TreeNode p = root;
        while (true) {
            if (v < p.val) {
                if (p.left == null) {
                    p.left = new TreeNode(v);
                    return root;
                }
                p = p.left;
            } else {
                if (p.right == null) {
                    p.right = new TreeNode(v);
                    return root;
                }
                p = p.right;
            }
        }
    }

    /** A chain of {@code n} nodes going right, to show a method does not recurse once per level. */
    static TreeNode rightChain(int n) {
        TreeNode root = null;
        for (int i = n; i >= 1; i--) {
            root = new TreeNode(i, null, root);
        }
        return root;
    }

    /** A copy of {@code root} as TreeLinkNodes with parent pointers; {@code nodes} collects them by identity. */
    static TreeLinkNode linked(TreeNode root, Map<TreeNode, TreeLinkNode> nodes) {
        if (root == null) {
            return null;
        }
        TreeLinkNode node = new TreeLinkNode(root.val);
        nodes.put(root, node);
        TreeLinkNode left = linked(root.left, nodes);
        TreeLinkNode right = linked(root.right, nodes);
        if (left != null) {
            node.attachLeft(left);
        }
        if (right != null) {
            node.attachRight(right);
        }
        return node;
    }

    /** The list's nodes in order, to compare by identity. */
    static List<ListNode> nodes(ListNode head) {
        List<ListNode> out = new ArrayList<>();
        for (ListNode p = head; p != null; p = p.next) {
            out.add(p);
        }
        return out;
    }

    /** The list 1 -> 2 -> 3 whose last node points back to the second: 1, 2, 3, 2, 3, ... */
    static ListNode cyclicList() {
        ListNode head = ListNode.of(1, 2, 3);
        head.next.next.next = head.next;
        return head;
    }
}
