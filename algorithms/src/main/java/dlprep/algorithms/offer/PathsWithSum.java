package dlprep.algorithms.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * JZ24 二叉树中和为某一值的路径: all root-to-leaf paths whose values add up to a target.
 *
 * <p>Approach: depth-first search carrying the path and its sum; at a leaf, record a copy of the path if the
 * sum matches; backtrack by removing the last value. Nowcoder's classic version lists longer paths first;
 * paths of equal length stay in left-to-right order (a stable sort).
 *
 * <p>Complexity: O(n * height) time (copying paths), O(height) space besides the output.
 *
 * <p>Original: solved as file JZ24; the inventory records no defect. Pitfalls: stopping at the first node
 * where the sum matches instead of at a leaf (values may be negative, so a longer path can return to the
 * target); summing in an int overflows, so the sum is a long.
 *
 * @see OfferProblems
 */
public final class PathsWithSum {
    private PathsWithSum() {
    }

    public static List<List<Integer>> find(TreeNode root, int target) {
        List<List<Integer>> paths = new ArrayList<>();
        if (root != null) {
            search(root, target, 0L, new ArrayList<>(), paths);
        }
        paths.sort(Comparator.comparingInt(p -> -p.size()));
        return paths;
    }

    private static void search(TreeNode node, long target, long sum, List<Integer> path, List<List<Integer>> paths) {
        path.add(node.val);
        sum += node.val;
        if (node.left == null && node.right == null) {
            if (sum == target) {
                paths.add(List.copyOf(path));
            }
        } else {
            if (node.left != null) {
                search(node.left, target, sum, path, paths);
            }
            if (node.right != null) {
                search(node.right, target, sum, path, paths);
            }
        }
        path.remove(path.size() - 1);
    }
}
