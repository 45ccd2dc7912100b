package dlprep.algorithms.offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JZ27 字符串的排列: all distinct permutations of a string, in lexicographic order.
 *
 * <p>Approach: sort the characters and repeatedly step to the next permutation (find the longest
 * non-increasing suffix, swap its predecessor with the smallest larger character in it, reverse the
 * suffix). Each step yields the next larger distinct arrangement, so repeated characters produce no
 * duplicates and no set is needed.
 *
 * <p>Complexity: O(n * P) time for P distinct permutations (P &lt;= n!), O(n) space besides the output.
 *
 * <p>Original: solved as file JZ27; the inventory records no defect. Pitfall: swap-based backtracking emits
 * "aab" several times unless it skips characters already tried at a position. Nowcoder expects no output for
 * the empty string; this class follows it.
 *
 * @see OfferProblems
 */
public final class StringPermutations {
    /** The longest input accepted: 10! = 3,628,800 strings. */
    public static final int MAX_LENGTH = 10;

    private StringPermutations() {
    }

    public static List<String> permutations(String s) {
        Inputs.notNull(s, StringPermutations.class, "s");
        if (s.length() > MAX_LENGTH) {
            throw Inputs.invalid(StringPermutations.class, "length " + s.length() + " exceeds " + MAX_LENGTH
                    + "; the output would have up to " + s.length() + "! strings");
        }
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        char[] chars = s.toCharArray();
        Arrays.sort(chars);
        do {
            out.add(new String(chars));
        } while (nextPermutation(chars));
        return out;
    }

    /** Rearranges {@code a} into its next larger permutation; false (and no change) if it is the largest. */
    private static boolean nextPermutation(char[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        char t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int lo = i + 1, hi = a.length - 1; lo < hi; lo++, hi--) {
            t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
        return true;
    }
}
