package dlprep.algorithms.offer;

/**
 * JZ67 剪绳子: cut a rope of integer length n &gt;= 2 into at least two pieces of integer length so that the
 * product of the lengths is as large as possible.
 *
 * <p>Approach: greedy by a short argument: a piece of length 4 or more is better split (2 (k - 2) &gt;= k for
 * k &gt;= 4), and three 2s are worse than two 3s (8 &lt; 9), so use as many 3s as possible; a remainder of 1
 * turns one 3 + 1 into 2 + 2. The forced first cut makes n = 2 and 3 special (answers 1 and 2).
 *
 * <p>Complexity: O(n / 3) multiplications, O(1) space (the DP over all first cuts, O(n^2), is the test's
 * reference).
 *
 * <p>Original: solved as file JZ67; the inventory records no defect. Overflow: the product exceeds a long for
 * n &gt; {@link #MAX_N}, which is rejected.
 *
 * @see OfferProblems
 */
public final class CuttingRope {
    /** The largest n whose best product fits in a long (3^39 * 2 at n = 119; 3^40 overflows). */
    public static final int MAX_N = 119;

    private CuttingRope() {
    }

    public static long maxProduct(int n) {
        if (n < 2 || n > MAX_N) {
            throw Inputs.invalid(CuttingRope.class, "n = " + n + " is outside 2.." + MAX_N
                    + " (a rope needs at least one cut; longer ropes overflow a long)");
        }
        if (n <= 3) {
            return n - 1;
        }
        long product = 1;
        while (n > 4) {
            product *= 3;
            n -= 3;
        }
        return product * n;
    }
}
