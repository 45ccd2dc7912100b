package dlprep.algorithms.leetcode;

import java.util.List;

/**
 * Course Schedule II: as Course Schedule, but return an order in which all courses can be taken, or an
 * empty array when the prerequisites form a cycle.
 *
 * <p>Approach: the order Kahn's algorithm takes the courses in is a topological order; it is complete
 * exactly when the graph is acyclic (shared with {@link CourseSchedule}).
 *
 * <p>Complexity: O(n + e) time and space.
 *
 * <p>Pitfall: returning a partial order when there is a cycle. Kahn's algorithm stops early without an
 * error, so the length of the order must be checked; with DFS, the post-order must be reversed (the
 * finishing order lists a course after the courses it unlocks).
 */
public final class CourseScheduleII {

    private CourseScheduleII() {
    }

    public static int[] findOrder(int numCourses, int[][] prerequisites) {
        List<Integer> order = CourseSchedule.takeInOrder("findOrder", numCourses, prerequisites);
        if (order.size() < numCourses) {
            return new int[0];
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
