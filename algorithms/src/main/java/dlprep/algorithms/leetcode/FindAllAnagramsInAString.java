package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Find All Anagrams in a String: return every start index of a substring of s that is a permutation of p
 * (lower-case English letters).
 *
 * <p>Approach: a fixed-size sliding window of length |p| with letter counts. Keep {@code diff[c]} = count
 * in window minus count in p, and the number of letters whose diff is non-zero; the window is an anagram
 * exactly when that number is 0. Each slide changes two letters, so the check is O(1).
 *
 * <p>Complexity: O(|s| + |p|) time, O(26) space; sorting every window is O(|s| |p| log |p|).
 *
 * <p>Pitfall: window bookkeeping. The outgoing letter is at {@code i - |p|}, and a window is checked only
 * once it is full; when p is longer than s there is no window at all (answer empty, not an exception).
 */
public final class FindAllAnagramsInAString {

    private FindAllAnagramsInAString() {
    }

    public static List<Integer> findAnagrams(String s, String p) {
        int[] diff = new int[26];
        for (int i = 0; i < p.length(); i++) {
            diff[letter("p", p, i)]--;
        }
        int nonZero = 0;
        for (int d : diff) {
            nonZero += d != 0 ? 1 : 0;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            nonZero += change(diff, letter("s", s, i), +1);
            if (i >= p.length()) {
                nonZero += change(diff, letter("s", s, i - p.length()), -1);
            }
            if (i >= p.length() - 1 && nonZero == 0) {
                starts.add(i - p.length() + 1);
            }
        }
        return starts;
    }

    /** Applies delta to diff[c] and returns the change in the number of non-zero entries. */
    private static int change(int[] diff, int c, int delta) {
        int before = diff[c] != 0 ? 1 : 0;
        diff[c] += delta;
        return (diff[c] != 0 ? 1 : 0) - before;
    }

    private static int letter(String name, String text, int i) {
        char c = text.charAt(i);
        if (c < 'a' || c > 'z') {
            throw new IllegalArgumentException("findAnagrams: " + name + " must hold lower-case letters, got '" + c + "' at index " + i);
        }
        return c - 'a';
    }
}
