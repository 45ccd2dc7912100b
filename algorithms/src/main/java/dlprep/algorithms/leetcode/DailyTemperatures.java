package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Daily Temperatures: for each day, how many days until a strictly warmer one (0 if none).
 *
 * <p>Approach: a monotonic stack of the indices still waiting for a warmer day, with non-increasing
 * temperatures from bottom to top. A warmer day pops and answers every cooler day on top.
 *
 * <p>Complexity: O(n) time (each index pushed and popped once), O(n) space.
 *
 * <p>Pitfall: ties. A day of equal temperature is not warmer, so the pop condition is strict
 * ({@code >}); with {@code >=} equal days answer each other. The stack holds indices, not temperatures,
 * since the answer is a distance.
 */
public final class DailyTemperatures {

    private DailyTemperatures() {
    }

    public static int[] dailyTemperatures(int[] temperatures) {
        int[] wait = new int[temperatures.length];
        Deque<Integer> waiting = new ArrayDeque<>();
        for (int day = 0; day < temperatures.length; day++) {
            while (!waiting.isEmpty() && temperatures[day] > temperatures[waiting.peek()]) {
                int earlier = waiting.pop();
                wait[earlier] = day - earlier;
            }
            waiting.push(day);
        }
        return wait;
    }
}
