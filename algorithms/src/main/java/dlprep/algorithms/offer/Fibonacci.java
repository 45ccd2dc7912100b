package dlprep.algorithms.offer;

/**
 * JZ7 斐波那契数列: the n-th Fibonacci number, F(0) = 0, F(1) = 1, F(n) = F(n-1) + F(n-2).
 *
 * <p>Approach: iterate keeping the last two values. The naive recursion recomputes the same subproblems and
 * takes O(phi^n) time; matrix fast power would give O(log n), but F(92) is the last value a long holds, so
 * the loop is at most 92 steps.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ7; the inventory records no defect. Pitfall: overflow; F(47) already exceeds
 * an int.
 *
 * @see OfferProblems
 */
public final class Fibonacci {
    /** The largest n whose Fibonacci number fits in a long. */
    public static final int MAX_N = 92;

    private Fibonacci() {
    }

    public static long fib(int n) {
        if (n < 0 || n > MAX_N) {
            throw Inputs.invalid(Fibonacci.class, "n = " + n + " is outside 0.." + MAX_N
                    + " (F(93) overflows a long)");
        }
        long prev = 0;
        long cur = 1;
        for (int i = 0; i < n; i++) {
            long sum = prev + cur;
            prev = cur;
            cur = sum;
        }
        return prev;
    }
}
