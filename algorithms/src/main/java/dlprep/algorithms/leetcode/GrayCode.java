package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Gray Code: list all 2^n integers of n bits, starting at 0, so that consecutive ones (and the last and
 * the first) differ in exactly one bit.
 *
 * <p>Approach: the reflected binary code g(i) = i XOR (i >> 1). Incrementing i flips a run of trailing
 * ones and one zero; XOR with the shifted value cancels all but one of those flips.
 *
 * <p>Complexity: O(2^n) time and output.
 *
 * <p>Pitfall: the cyclic condition. Appending any unused code one bit away from the last can produce a
 * valid path that ends far from 0: 0, 1, 3, 2, 6, 4, 5, 7 ends at 7, three bits from 0. The reflected
 * code closes the cycle by construction (it ends at 2^(n-1)). n is limited to 0..16 as in the problem.
 */
public final class GrayCode {

    private GrayCode() {
    }

    public static List<Integer> grayCode(int n) {
        if (n < 0 || n > 16) {
            throw new IllegalArgumentException("grayCode: n must be in 0..16, got " + n);
        }
        List<Integer> out = new ArrayList<>(1 << n);
        for (int i = 0; i < 1 << n; i++) {
            out.add(i ^ (i >> 1));
        }
        return out;
    }
}
