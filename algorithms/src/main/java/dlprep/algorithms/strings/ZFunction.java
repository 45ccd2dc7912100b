package dlprep.algorithms.strings;

import java.util.ArrayList;
import java.util.List;

/**
 * Z-function: {@code z[i]} is the length of the longest common prefix of s and s[i..] (z[0] = 0 by
 * convention). The scan keeps the rightmost segment [l, r) known to match a prefix of s; inside it,
 * z[i] starts from the mirrored value z[i - l] (capped at r - i) and only extends past r by comparing
 * characters, so r only moves right: O(n). Pattern search: z of {@code pattern + sep + text}.
 */
public final class ZFunction {

    private ZFunction() {
    }

    public static int[] of(CharSequence s) {
        int n = s.length();
        int[] z = new int[n];
        int l = 0;
        int r = 0;
        for (int i = 1; i < n; i++) {
            if (i < r) {
                z[i] = Math.min(r - i, z[i - l]);
            }
            while (i + z[i] < n && s.charAt(z[i]) == s.charAt(i + z[i])) {
                z[i]++;
            }
            if (i + z[i] > r) {
                l = i;
                r = i + z[i];
            }
        }
        return z;
    }

    /** The start of every occurrence of pattern in text. */
    public static List<Integer> findAll(String text, String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("ZFunction.findAll: the pattern is empty (it would match at every position)");
        }
        int m = pattern.length();
        // no separator character: cap each z value at m instead, so any text works
        int[] z = of(pattern + text);
        List<Integer> matches = new ArrayList<>();
        for (int i = m; i + m <= z.length; i++) {
            if (z[i] >= m) {
                matches.add(i - m);
            }
        }
        return matches;
    }
}
