package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The Skyline Problem: buildings are rectangles [left, right, height] standing on the ground; return the
 * outline as key points [x, height], each where the outline's height changes, sorted by x, ending at
 * height 0.
 *
 * <p>Approach: a sweep line over the distinct x coordinates of all edges. A max-heap holds the buildings
 * that have started, by height; at each x, add the buildings starting there, drop from the top those
 * already ended (right <= x, lazy deletion), and emit [x, top height] if it differs from the last height.
 *
 * <p>Complexity: O(n log n) time, O(n) space.
 *
 * <p>Pitfall: events at the same x. Processing them one by one emits spurious points (a building ending
 * where another of the same height starts gives [x, 0] then [x, h]), so all starts at x are added and all
 * ends at x removed before the height at x is read, and a point is emitted only when the height changes.
 * Buildings of zero width or height add nothing.
 */
public final class TheSkylineProblem {

    private TheSkylineProblem() {
    }

    public static List<List<Integer>> getSkyline(int[][] buildings) {
        int n = buildings.length;
        for (int[] b : buildings) {
            if (b.length != 3 || b[0] > b[1] || b[2] < 0) {
                throw new IllegalArgumentException("getSkyline: a building is [left, right, height] with left <= right and height >= 0, got "
                        + Arrays.toString(b));
            }
        }
        Integer[] byLeft = new Integer[n];
        int[] xs = new int[2 * n];
        for (int i = 0; i < n; i++) {
            byLeft[i] = i;
            xs[2 * i] = buildings[i][0];
            xs[2 * i + 1] = buildings[i][1];
        }
        Arrays.sort(byLeft, (a, b) -> Integer.compare(buildings[a][0], buildings[b][0]));
        Arrays.sort(xs);
        PriorityQueue<int[]> standing = new PriorityQueue<>((a, b) -> Integer.compare(b[2], a[2]));
        List<List<Integer>> outline = new ArrayList<>();
        int next = 0;
        int lastHeight = 0;
        for (int k = 0; k < xs.length; k++) {
            int x = xs[k];
            if (k > 0 && x == xs[k - 1]) {
                continue;
            }
            while (next < n && buildings[byLeft[next]][0] == x) {
                standing.add(buildings[byLeft[next++]]);
            }
            while (!standing.isEmpty() && standing.peek()[1] <= x) {
                standing.poll();
            }
            int height = standing.isEmpty() ? 0 : standing.peek()[2];
            if (height != lastHeight) {
                outline.add(List.of(x, height));
                lastHeight = height;
            }
        }
        return outline;
    }
}
