package dlprep.algorithms.offer;

import java.util.HashMap;
import java.util.Map;

/**
 * JZ34 第一个只出现一次的字符: the index of the first character of a string that occurs exactly once in it.
 *
 * <p>Approach: count every character in one pass, then return the first index whose count is 1.
 *
 * <p>Complexity: O(n) time, O(alphabet) space. Characters are Java chars (UTF-16 code units).
 *
 * <p>Original: solved, filed as JZ35 (numbering shifted by one); the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class FirstUniqueChar {
    private FirstUniqueChar() {
    }

    /** The index of the first character occurring once, or -1 if there is none. */
    public static int firstIndex(String s) {
        Inputs.notNull(s, FirstUniqueChar.class, "s");
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        for (int i = 0; i < s.length(); i++) {
            if (counts.get(s.charAt(i)) == 1) {
                return i;
            }
        }
        return -1;
    }
}
