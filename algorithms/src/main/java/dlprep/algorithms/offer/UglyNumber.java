package dlprep.algorithms.offer;

/**
 * JZ33 丑数: the index-th ugly number, where ugly numbers are those with no prime factor other than 2, 3 and
 * 5, and 1 is the first.
 *
 * <p>Approach: every ugly number after 1 is 2, 3 or 5 times a smaller one. Keep three pointers into the list
 * built so far; the next number is the smallest of the three products, and every pointer whose product
 * equals it advances (so 6 = 2 * 3 = 3 * 2 is added once).
 *
 * <p>Complexity: O(index) time and space.
 *
 * <p>Original: solved, filed as JZ34 (numbering shifted by one); the inventory records no defect. Pitfalls:
 * advancing only one pointer on a tie produces duplicates; the 1692nd ugly number (2^31) exceeds an int, so values
 * are longs, and an index whose ugly number would overflow a long is refused.
 *
 * @see OfferProblems
 */
public final class UglyNumber {
    /** How many ugly numbers fit in a long (counted by enumerating 2^i 3^j 5^k &lt;= Long.MAX_VALUE). */
    public static final int MAX_INDEX = 12_691;

    private UglyNumber() {
    }

    public static long nth(int index) {
        if (index < 1 || index > MAX_INDEX) {
            throw Inputs.invalid(UglyNumber.class, "index = " + index + " is outside 1.." + MAX_INDEX
                    + " (1 is the first; later ugly numbers overflow a long)");
        }
        long[] ugly = new long[index];
        ugly[0] = 1;
        int i2 = 0;
        int i3 = 0;
        int i5 = 0;
        for (int i = 1; i < index; i++) {
            long next2 = times(ugly[i2], 2);
            long next3 = times(ugly[i3], 3);
            long next5 = times(ugly[i5], 5);
            long next = Math.min(next2, Math.min(next3, next5));
            ugly[i] = next;
            if (next == next2) {
                i2++;
            }
            if (next == next3) {
                i3++;
            }
            if (next == next5) {
                i5++;
            }
        }
        return ugly[index - 1];
    }

    /** u * factor, or Long.MAX_VALUE if the product overflows: then another factor's product is smaller. */
    private static long times(long u, int factor) {
        return u <= Long.MAX_VALUE / factor ? u * factor : Long.MAX_VALUE;
    }
}
