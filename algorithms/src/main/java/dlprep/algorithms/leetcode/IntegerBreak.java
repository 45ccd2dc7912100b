package dlprep.algorithms.leetcode;

/**
 * Integer Break: split n (at least 2) into at least two positive integers whose product is as large as
 * possible, and return that product.
 *
 * <p>Approach: use as many 3s as possible. A part p >= 5 is improved by splitting it into 3 and p-3
 * (3(p-3) > p), a 4 can be 2+2, and 2+2+2 < 3+3; so the parts are 3s with at most two 2s. A remainder of
 * 1 turns one 3+1 into 2+2.
 *
 * <p>Complexity: O(n) time (n/3 multiplications), O(1) space; the DP over all splits is O(n^2).
 *
 * <p>Pitfall: the small cases. n = 2 and n = 3 must be split (answers 1 and 2) although 3 alone would be
 * larger, and a remainder of 1 must not be left as a factor 1.
 */
public final class IntegerBreak {

    private IntegerBreak() {
    }

    public static int integerBreak(int n) {
        if (n < 2 || n > 58) {
            throw new IllegalArgumentException("integerBreak: n must be in 2..58 (the product fits an int), got " + n);
        }
        if (n <= 3) {
            return n - 1;
        }
        int product = 1;
        while (n > 4) {
            product *= 3;
            n -= 3;
        }
        return product * n;
    }
}
