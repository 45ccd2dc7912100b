package dlprep.algorithms.offer;

import java.util.HashSet;
import java.util.Set;

/**
 * JZ23 二叉搜索树的后序遍历序列: whether a sequence of distinct ints is the post-order traversal of some
 * binary search tree.
 *
 * <p>Approach: read the sequence backwards, which is root, right subtree, left subtree. A monotonic stack
 * holds the current path of right-going ancestors; when a smaller value arrives, popping the larger ones
 * finds the node whose left subtree starts here, and that node becomes an upper bound for everything that
 * follows. A value above the bound means the sequence is not a BST's post-order.
 *
 * <p>Complexity: O(n) time, O(n) space. (The textbook divide and conquer, splitting at the first value
 * larger than the root, is O(n^2) on a chain; the tests use it as the reference.)
 *
 * <p>Original: solved as file JZ23; the inventory records no defect. Nowcoder's judge answers false for the
 * empty sequence (it regards an empty tree as no BST); this class follows Nowcoder and says so.
 *
 * @see OfferProblems
 */
public final class VerifyBstPostorder {
    private VerifyBstPostorder() {
    }

    public static boolean verify(int[] sequence) {
        Inputs.notNull(sequence, VerifyBstPostorder.class, "sequence");
        Set<Integer> seen = new HashSet<>();
        for (int v : sequence) {
            if (!seen.add(v)) {
                throw Inputs.invalid(VerifyBstPostorder.class, "value " + v
                        + " occurs twice; a binary search tree here holds distinct values");
            }
        }
        if (sequence.length == 0) {
            return false;
        }
        long bound = Long.MAX_VALUE;
        int[] stack = new int[sequence.length];
        int size = 0;
        for (int i = sequence.length - 1; i >= 0; i--) {
            int v = sequence[i];
            if (v > bound) {
                return false;
            }
            while (size > 0 && stack[size - 1] > v) {
                bound = stack[--size];
            }
            stack[size++] = v;
        }
        return true;
    }
}
