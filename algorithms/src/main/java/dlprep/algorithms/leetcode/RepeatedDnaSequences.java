package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated DNA Sequences: return every 10-letter substring of a DNA string (letters A, C, G, T) that occurs
 * more than once, each reported once, in the order their second occurrence ends.
 *
 * <p>Approach: a rolling code. With 2 bits per letter a 10-letter window is a 20-bit integer; sliding the
 * window shifts in the new letter and masks out the oldest, so each window costs O(1) instead of hashing a
 * fresh 10-character substring. The code is exact (no collisions), unlike a general polynomial hash.
 *
 * <p>Complexity: O(n) time, O(n) space.
 *
 * <p>Pitfall: duplicate reporting. A sequence that occurs three times must be reported once: add it when
 * its count becomes exactly 2, not every time it is seen again.
 */
public final class RepeatedDnaSequences {

    private static final int LENGTH = 10;
    private static final int MASK = (1 << 2 * LENGTH) - 1;

    private RepeatedDnaSequences() {
    }

    public static List<String> findRepeatedDnaSequences(String s) {
        Map<Integer, Integer> seen = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        int code = 0;
        for (int i = 0; i < s.length(); i++) {
            code = (code << 2 | letter(s, i)) & MASK;
            if (i >= LENGTH - 1 && seen.merge(code, 1, Integer::sum) == 2) {
                repeated.add(s.substring(i - LENGTH + 1, i + 1));
            }
        }
        return repeated;
    }

    private static int letter(String s, int i) {
        return switch (s.charAt(i)) {
            case 'A' -> 0;
            case 'C' -> 1;
            case 'G' -> 2;
            case 'T' -> 3;
            default -> throw new IllegalArgumentException(
                    "findRepeatedDnaSequences: only A, C, G, T are allowed, got '" + s.charAt(i) + "' at index " + i);
        };
    }
}
