package dlprep.algorithms.offer;

/**
 * JZ9 变态跳台阶: the number of ways to climb n steps when one jump may cover any number of steps 1..n.
 *
 * <p>Approach: f(n) = f(n-1) + ... + f(1) + 1 and f(n-1) = f(n-2) + ... + 1, so f(n) = 2 f(n-1) with
 * f(1) = 1, i.e. 2^(n-1). Equivalently: each of the n-1 gaps between steps is landed on or not.
 *
 * <p>Complexity: O(1) time and space (a shift).
 *
 * <p>Original: solved as file JZ9; the inventory records no defect. Pitfall: {@code 1 << (n - 1)} is an int
 * and overflows from n = 32; here a long, so n goes to 63.
 *
 * @see OfferProblems
 */
public final class JumpFloorAnySteps {
    /** The largest n whose count 2^(n-1) fits in a long. */
    public static final int MAX_N = 63;

    private JumpFloorAnySteps() {
    }

    public static long ways(int n) {
        if (n < 1 || n > MAX_N) {
            throw Inputs.invalid(JumpFloorAnySteps.class, "n = " + n + " is outside 1.." + MAX_N);
        }
        return 1L << (n - 1);
    }
}
