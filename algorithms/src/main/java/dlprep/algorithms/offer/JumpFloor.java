package dlprep.algorithms.offer;

/**
 * JZ8 跳台阶: the number of ways a frog can climb n steps jumping 1 or 2 steps at a time.
 *
 * <p>Approach: the last jump is 1 or 2 steps, so f(n) = f(n-1) + f(n-2) with f(0) = f(1) = 1: the Fibonacci
 * numbers shifted by one, f(n) = F(n+1), computed by {@link Fibonacci}.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ8; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class JumpFloor {
    /** The largest n whose count fits in a long. */
    public static final int MAX_N = Fibonacci.MAX_N - 1;

    private JumpFloor() {
    }

    /** Ways to climb {@code n} steps; 1 for n = 0 (the empty sequence of jumps). */
    public static long ways(int n) {
        if (n < 0 || n > MAX_N) {
            throw Inputs.invalid(JumpFloor.class, "n = " + n + " is outside 0.." + MAX_N
                    + " (larger counts overflow a long)");
        }
        return Fibonacci.fib(n + 1);
    }
}
