package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Course Schedule: n courses and pairs [a, b] meaning "take b before a"; can all courses be finished?
 * That is: is the prerequisite graph acyclic?
 *
 * <p>Approach: Kahn's algorithm. Repeatedly take a course with no unfinished prerequisite (in-degree 0)
 * and release the courses that depend on it; all courses are taken exactly when there is no cycle.
 *
 * <p>Complexity: O(n + e) time and space.
 *
 * <p>Pitfall: cycle detection. A DFS that only marks "visited" cannot tell a back edge (cycle) from a
 * cross edge into an already finished branch; it needs three states (unvisited, on the current path,
 * done). Kahn's count avoids the question. A self-loop [a, a] is a cycle too.
 */
public final class CourseSchedule {

    private CourseSchedule() {
    }

    public static boolean canFinish(int numCourses, int[][] prerequisites) {
        return takeInOrder("canFinish", numCourses, prerequisites).size() == numCourses;
    }

    /**
     * The courses in an order that respects every prerequisite, as far as Kahn's algorithm gets: fewer than
     * numCourses exactly when there is a cycle. Shared with {@link CourseScheduleII}, the same problem
     * asking for the order.
     */
    static List<Integer> takeInOrder(String method, int numCourses, int[][] prerequisites) {
        if (numCourses < 0) {
            throw new IllegalArgumentException(method + ": the number of courses must be >= 0, got " + numCourses);
        }
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) {
            unlocks.add(new ArrayList<>());
        }
        int[] inDegree = new int[numCourses];
        for (int[] pair : prerequisites) {
            if (pair.length != 2) {
                throw new IllegalArgumentException(method + ": a prerequisite is a pair [course, before], got " + pair.length + " values");
            }
            for (int course : pair) {
                if (course < 0 || course >= numCourses) {
                    throw new IllegalArgumentException(method + ": course " + course + " is outside 0.." + (numCourses - 1));
                }
            }
            unlocks.get(pair[1]).add(pair[0]);
            inDegree[pair[0]]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < numCourses; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(numCourses);
        while (!ready.isEmpty()) {
            int course = ready.poll();
            order.add(course);
            for (int next : unlocks.get(course)) {
                if (--inDegree[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }
}
