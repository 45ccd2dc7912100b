package dlprep.algorithms.strings;

import java.util.ArrayList;
import java.util.List;

/**
 * Polynomial rolling hash (Rabin-Karp): {@code h(s[i..j)) = sum s[k] * B^(j-1-k) mod P}, from prefix hashes
 * {@code H[j] = H[j-1] * B + s[j-1]} as {@code H[j] - H[i] * B^(j-i)}: any substring's hash in O(1) after
 * O(n) preprocessing. P = 2^61 - 1, a Mersenne prime, keeps collisions of two different substrings of
 * length L at most about L / P; search still compares characters when hashes agree, so a collision can
 * cost time but never a wrong answer.
 */
public final class RollingHash {

    static final long MOD = (1L << 61) - 1;
    /** A fixed odd base well below MOD (a random base would defeat adversarial inputs; fixed keeps runs reproducible). */
    static final long BASE = 911_382_323L;

    private final long[] prefix;
    private final long[] power;

    public RollingHash(CharSequence s) {
        int n = s.length();
        prefix = new long[n + 1];
        power = new long[n + 1];
        power[0] = 1;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = add(mul(prefix[i], BASE), s.charAt(i) + 1);   // +1: so "\0" does not hash like ""
            power[i + 1] = mul(power[i], BASE);
        }
    }

    /** The hash of s[from..to). */
    public long hash(int from, int to) {
        if (from < 0 || to > prefix.length - 1 || from > to) {
            throw new IndexOutOfBoundsException("RollingHash.hash: range [" + from + ", " + to
                    + ") is not inside [0, " + (prefix.length - 1) + "]");
        }
        return add(prefix[to], MOD - mul(prefix[from], power[to - from]));
    }

    /** The start of every occurrence of pattern in text (Rabin-Karp, hashes confirmed by comparison). */
    public static List<Integer> findAll(String text, String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("RollingHash.findAll: the pattern is empty (it would match at every position)");
        }
        List<Integer> matches = new ArrayList<>();
        int m = pattern.length();
        if (m > text.length()) {
            return matches;
        }
        long target = new RollingHash(pattern).hash(0, m);
        RollingHash h = new RollingHash(text);
        for (int i = 0; i + m <= text.length(); i++) {
            if (h.hash(i, i + m) == target && text.regionMatches(i, pattern, 0, m)) {
                matches.add(i);
            }
        }
        return matches;
    }

    /** a * b mod 2^61 - 1, from the 122-bit product split at bit 61 (2^61 = 1 mod P). */
    static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long low61 = lo & MOD;
        long high = (lo >>> 61) | (hi << 3);
        long r = low61 + high;              // below 2^62: fold bit 61 once more, then one subtraction
        r = (r & MOD) + (r >>> 61);
        return r >= MOD ? r - MOD : r;
    }

    static long add(long a, long b) {
        long s = a + b;   // both below 2^61, no overflow
        return s >= MOD ? s - MOD : s;
    }
}
