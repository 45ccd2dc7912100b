package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Permutation Sequence: among the n! permutations of 1..n in lexicographic order, return the k-th
 * (counting from 1) as a string.
 *
 * <p>Approach: the factorial number system. The first digit is fixed for blocks of (n-1)! permutations, so
 * digit index = (k-1) / (n-1)!, remove that digit from the remaining ones, continue with the remainder.
 *
 * <p>Complexity: O(n^2) time (removal from a list), O(n) space, instead of O(n! n) by enumerating.
 *
 * <p>Pitfall: off-by-one. k is 1-based while the block arithmetic is 0-based: forgetting {@code k - 1}
 * picks the wrong block exactly at block boundaries (k = (n-1)!, 2(n-1)!, ...).
 */
public final class PermutationSequence {

    private PermutationSequence() {
    }

    public static String getPermutation(int n, int k) {
        if (n < 1 || n > 9) {
            throw new IllegalArgumentException("getPermutation: n must be in 1..9, got " + n);
        }
        int[] factorial = new int[n + 1];
        factorial[0] = 1;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1] * i;
        }
        if (k < 1 || k > factorial[n]) {
            throw new IllegalArgumentException("getPermutation: k must be in 1.." + factorial[n] + " for n = " + n + ", got " + k);
        }
        List<Integer> digits = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            digits.add(d);
        }
        int rank = k - 1;
        StringBuilder out = new StringBuilder(n);
        for (int i = n; i >= 1; i--) {
            int block = factorial[i - 1];
            out.append(digits.remove(rank / block));
            rank %= block;
        }
        return out.toString();
    }
}
