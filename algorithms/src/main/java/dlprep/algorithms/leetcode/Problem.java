package dlprep.algorithms.leetcode;

/**
 * One registered problem: its LeetCode number and official title, the topic it illustrates and the class
 * holding the solution.
 */
public record Problem(int number, String title, Topic topic, Class<?> solution) {

    public Problem {
        if (number <= 0) {
            throw new IllegalArgumentException("Problem: LeetCode numbers start at 1, got " + number + " for " + title);
        }
        if (title == null || title.isBlank() || topic == null || solution == null) {
            throw new IllegalArgumentException("Problem " + number + ": title, topic and solution class are required");
        }
    }
}
