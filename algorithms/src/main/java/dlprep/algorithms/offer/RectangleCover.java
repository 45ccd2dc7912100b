package dlprep.algorithms.offer;

/**
 * JZ10 矩形覆盖: the number of ways to tile a 2 x n rectangle with 2 x 1 dominoes.
 *
 * <p>Approach: look at the left edge: one vertical domino leaves a 2 x (n-1) board, two horizontal ones
 * stacked leave 2 x (n-2), so f(n) = f(n-1) + f(n-2), f(1) = 1, f(2) = 2: again F(n+1).
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ10; the inventory records no defect. Nowcoder's judge expects 0 for n = 0
 * although the empty board has exactly one (empty) tiling; this class follows Nowcoder and says so.
 *
 * @see OfferProblems
 */
public final class RectangleCover {
    public static final int MAX_N = Fibonacci.MAX_N - 1;

    private RectangleCover() {
    }

    public static long ways(int n) {
        if (n < 0 || n > MAX_N) {
            throw Inputs.invalid(RectangleCover.class, "n = " + n + " is outside 0.." + MAX_N);
        }
        return n == 0 ? 0 : Fibonacci.fib(n + 1);
    }
}
