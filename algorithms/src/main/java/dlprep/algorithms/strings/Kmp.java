package dlprep.algorithms.strings;

import java.util.ArrayList;
import java.util.List;

/**
 * Knuth-Morris-Pratt search. The prefix function {@code pi[i]} is the length of the longest proper prefix
 * of {@code p[0..i]} that is also its suffix. On a mismatch after k matched characters the pattern falls
 * back to {@code pi[k-1]} instead of restarting, and the text pointer never moves back, so O(n + m). The
 * prefix function is the pattern matched against itself; its k rises by at most 1 per step and only falls
 * otherwise, which bounds the fall-backs by m (amortized O(m)).
 */
public final class Kmp {

    private Kmp() {
    }

    /** The prefix function of p ("ababaca" -> [0, 0, 1, 2, 3, 0, 1]). */
    public static int[] prefixFunction(String p) {
        int[] pi = new int[p.length()];
        int k = 0;
        for (int i = 1; i < p.length(); i++) {
            while (k > 0 && p.charAt(i) != p.charAt(k)) {
                k = pi[k - 1];
            }
            if (p.charAt(i) == p.charAt(k)) {
                k++;
            }
            pi[i] = k;
        }
        return pi;
    }

    /** The start of every occurrence of pattern in text, overlapping ones included. */
    public static List<Integer> findAll(String text, String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("Kmp.findAll: the pattern is empty (it would match at every position)");
        }
        int[] pi = prefixFunction(pattern);
        List<Integer> matches = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
                k = pi[k - 1];
            }
            if (text.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            if (k == pattern.length()) {
                matches.add(i - k + 1);
                k = pi[k - 1];
            }
        }
        return matches;
    }
}
