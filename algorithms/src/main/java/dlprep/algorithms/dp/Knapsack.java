package dlprep.algorithms.dp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 0/1 and unbounded knapsack. {@code best[c]} is the largest value that fits in capacity c using the items
 * seen so far. For 0/1 each item is added with c running downwards, so {@code best[c - w]} still means
 * "without this item" and the item is used at most once; running upwards instead lets it be reused, which
 * is exactly the unbounded knapsack. O(n W) time, O(W) memory (O(n W) bits more to recover the chosen items).
 */
public final class Knapsack {

    /** The best value and, for 0/1, the indices of the chosen items (ascending). */
    public record Result(long value, List<Integer> items) {
    }

    private Knapsack() {
    }

    /** Each item at most once. */
    public static Result zeroOne(int[] weights, long[] values, int capacity) {
        check(weights, values, capacity);
        int n = weights.length;
        long[] best = new long[capacity + 1];
        boolean[][] took = new boolean[n][capacity + 1];
        for (int i = 0; i < n; i++) {
            for (int c = capacity; c >= weights[i]; c--) {
                long with = best[c - weights[i]] + values[i];
                if (with > best[c]) {
                    best[c] = with;
                    took[i][c] = true;
                }
            }
        }
        List<Integer> items = new ArrayList<>();
        for (int i = n - 1, c = capacity; i >= 0; i--) {   // walk back: item i was taken at capacity c
            if (took[i][c]) {
                items.add(i);
                c -= weights[i];
            }
        }
        Collections.reverse(items);
        return new Result(best[capacity], items);
    }

    /** Each item any number of times; the best value only. */
    public static long unbounded(int[] weights, long[] values, int capacity) {
        check(weights, values, capacity);
        long[] best = new long[capacity + 1];
        for (int i = 0; i < weights.length; i++) {
            for (int c = weights[i]; c <= capacity; c++) {
                best[c] = Math.max(best[c], best[c - weights[i]] + values[i]);
            }
        }
        return best[capacity];
    }

    private static void check(int[] weights, long[] values, int capacity) {
        if (weights.length != values.length) {
            throw new IllegalArgumentException("Knapsack: " + weights.length + " weights but " + values.length + " values");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("Knapsack: capacity must be >= 0, got " + capacity);
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0 || values[i] < 0) {
                throw new IllegalArgumentException("Knapsack: item " + i + " needs weight > 0 and value >= 0, got weight "
                        + weights[i] + ", value " + values[i]);
            }
        }
    }
}
