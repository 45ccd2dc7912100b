package dlprep.algorithms.offer;

import java.util.Collections;
import java.util.List;

/**
 * JZ59 按之字形顺序打印二叉树: the levels of a binary tree, the first left to right, the second right to
 * left, and so on.
 *
 * <p>Approach: take the levels of {@link PrintTreeByLevels} and reverse every second one. (The two-stack
 * version of the book produces the same order while traversing; reversing a level is O(its width), so the
 * total stays O(n).)
 *
 * <p>Complexity: O(n) time, O(n) space for the output.
 *
 * <p>Original: solved as file JZ59; the inventory records no defect. Pitfall: reversing the order in which
 * children are enqueued changes the next level's structure, not just its printing.
 *
 * @see OfferProblems
 */
public final class ZigzagLevelOrder {
    private ZigzagLevelOrder() {
    }

    public static List<List<Integer>> levels(TreeNode root) {
        List<List<Integer>> levels = PrintTreeByLevels.levels(root);
        for (int i = 1; i < levels.size(); i += 2) {
            Collections.reverse(levels.get(i));
        }
        return levels;
    }
}
