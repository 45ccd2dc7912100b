package dlprep.algorithms.offer;

/**
 * JZ47 求1+2+3+...+n: the sum 1 + ... + n without multiplication, division, loops, if/else, switch or the
 * conditional operator.
 *
 * <p>Approach: recursion whose base case is cut off by the short-circuit {@code &&}: in
 * {@code n > 0 && (sum += sumTo(n - 1)) > 0}, the recursive call runs only while n &gt; 0. (The argument
 * check at the entry uses an if; it is outside the puzzle.)
 *
 * <p>Complexity: O(n) time, O(n) stack: the recursion depth is n, so n is capped at {@link #MAX_N}, which
 * fits a default thread stack, and the result stays within an int.
 *
 * <p>Original: solved as file JZ47; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class SumWithoutLoops {
    /** The largest n accepted; the recursion is n calls deep. */
    public static final int MAX_N = 10_000;

    private SumWithoutLoops() {
    }

    public static int sum(int n) {
        if (n < 0 || n > MAX_N) {
            throw Inputs.invalid(SumWithoutLoops.class, "n = " + n + " is outside 0.." + MAX_N
                    + " (the recursion is n calls deep)");
        }
        return sumTo(n);
    }

    private static int sumTo(int n) {
        int sum = n;
        boolean unused = n > 0 && (sum += sumTo(n - 1)) > 0;
        return sum;
    }
}
