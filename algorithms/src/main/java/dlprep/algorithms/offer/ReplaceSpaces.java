package dlprep.algorithms.offer;

/**
 * JZ2 替换空格: replace every space of a string by {@code "%20"}, in place in a buffer with room to spare.
 *
 * <p>Approach: count the spaces, which fixes the final length, then copy from the back with two indices:
 * the write index never overtakes the read index, so every character moves once.
 *
 * <p>Complexity: O(n) time, O(1) extra space for the in-place form.
 *
 * <p>Original: missing (one of the two Nowcoder problems the original did not solve). Pitfall: copying front
 * to back moves the tail once per space, O(n^2).
 *
 * @see OfferProblems
 */
public final class ReplaceSpaces {
    private ReplaceSpaces() {
    }

    /**
     * Replaces the spaces among the first {@code length} chars of {@code buffer} by "%20" in place and
     * returns the new length; {@code buffer} must be long enough for the result.
     */
    public static int replaceInPlace(char[] buffer, int length) {
        Inputs.notNull(buffer, ReplaceSpaces.class, "buffer");
        if (length < 0 || length > buffer.length) {
            throw Inputs.invalid(ReplaceSpaces.class, "length " + length + " is outside 0.." + buffer.length);
        }
        int spaces = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == ' ') {
                spaces++;
            }
        }
        long newLength = length + 2L * spaces;
        if (newLength > buffer.length) {
            throw Inputs.invalid(ReplaceSpaces.class, "the result needs " + newLength + " chars but the buffer has "
                    + buffer.length + "; pass a larger buffer");
        }
        int write = (int) newLength - 1;
        for (int read = length - 1; read >= 0; read--) {
            if (buffer[read] == ' ') {
                buffer[write--] = '0';
                buffer[write--] = '2';
                buffer[write--] = '%';
            } else {
                buffer[write--] = buffer[read];
            }
        }
        return (int) newLength;
    }

    /** {@code s} with every space replaced by "%20". */
    public static String replace(String s) {
        Inputs.notNull(s, ReplaceSpaces.class, "s");
        long spaces = s.chars().filter(ch -> ch == ' ').count();
        char[] buffer = new char[Math.toIntExact(s.length() + 2 * spaces)];
        s.getChars(0, s.length(), buffer, 0);
        return new String(buffer, 0, replaceInPlace(buffer, s.length()));
    }
}
