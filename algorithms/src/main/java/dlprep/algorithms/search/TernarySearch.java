package dlprep.algorithms.search;

import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Ternary search for the maximum of a unimodal function (strictly increasing, then strictly decreasing).
 * Compare f at the two thirds m1 < m2: if f(m1) < f(m2) the maximum is not left of m1, otherwise not right
 * of m2; a third of the range goes each step, O(log_{3/2} n). It needs strictness: on a plateau f(m1) = f(m2)
 * says nothing and the search may drop the peak. On integers, binary search on the sign of
 * f(x + 1) - f(x) does the same with fewer evaluations.
 */
public final class TernarySearch {

    private TernarySearch() {
    }

    /** An x in [lo, hi] maximizing the unimodal f, within about {@code tolerance}. */
    public static double argMax(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
        if (!(lo <= hi) || !(tolerance > 0)) {
            throw new IllegalArgumentException("TernarySearch.argMax: needs lo <= hi and tolerance > 0, got lo=" + lo
                    + ", hi=" + hi + ", tolerance=" + tolerance);
        }
        while (hi - lo > tolerance) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (f.applyAsDouble(m1) < f.applyAsDouble(m2)) {
                lo = m1;
            } else {
                hi = m2;
            }
        }
        return (lo + hi) / 2;
    }

    /** The x in [lo, hi] maximizing a unimodal f on the integers (the smallest, if the top is two equal values). */
    public static long argMax(LongUnaryOperator f, long lo, long hi) {
        if (lo > hi) {
            throw new IllegalArgumentException("TernarySearch.argMax: empty range, lo " + lo + " > hi " + hi);
        }
        while (hi - lo > 2) {
            long m1 = lo + (hi - lo) / 3;
            long m2 = hi - (hi - lo) / 3;
            if (f.applyAsLong(m1) < f.applyAsLong(m2)) {
                lo = m1 + 1;
            } else {
                hi = m2;
            }
        }
        long best = lo;
        for (long x = lo + 1; x <= hi; x++) {
            if (f.applyAsLong(x) > f.applyAsLong(best)) {
                best = x;
            }
        }
        return best;
    }
}
