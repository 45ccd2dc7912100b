package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import java.lang.reflect.Array;

/**
 * Input checks shared by the problems, so every rejected input gets an {@link IllegalArgumentException}
 * that starts with the problem's class name and says what was wrong.
 */
final class Inputs {
    private Inputs() {
    }

    static IllegalArgumentException invalid(Class<?> problem, String message) {
        return new IllegalArgumentException(problem.getSimpleName() + ": " + message);
    }

    static <T> T notNull(T value, Class<?> problem, String name) {
        if (value == null) {
            throw invalid(problem, name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that {@code matrix} (an {@code int[][]}, {@code char[][]}, ...) has no null row and rows of one
     * length, and returns that length (0 for a matrix without rows).
     */
    static int rectangularColumns(Object[] matrix, Class<?> problem) {
        notNull(matrix, problem, "matrix");
        int cols = -1;
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r] == null) {
                throw invalid(problem, "row " + r + " of the matrix is null");
            }
            int len = Array.getLength(matrix[r]);
            if (cols >= 0 && len != cols) {
                throw invalid(problem, "row " + r + " has " + len + " columns but row 0 has " + cols
                        + "; the matrix must be rectangular");
            }
            cols = len;
        }
        return Math.max(cols, 0);
    }

    /**
     * Rejects a list with a cycle (Floyd's two pointers, O(n) time, O(1) space): the list problems walk to
     * the end and would never stop on one.
     */
    static void acyclic(ListNode head, Class<?> problem, String name) {
        ListNode slow = head;
        ListNode fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                throw invalid(problem, name + " has a cycle; pass a list that ends in null");
            }
        }
    }
}
