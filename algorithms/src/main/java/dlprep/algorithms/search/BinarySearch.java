package dlprep.algorithms.search;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Binary search in its one robust form: the first position where a monotone predicate (false ... false
 * true ... true) becomes true, on the half-open range [lo, hi). Invariant: everything below lo is false,
 * everything at or above hi is true; each step halves hi - lo, so O(log n). The midpoint is
 * {@code lo + (hi - lo) / 2}, because {@code (lo + hi) / 2} overflows for large bounds. Lower bound, upper
 * bound, and "binary search on the answer" are all this one function.
 */
public final class BinarySearch {

    private BinarySearch() {
    }

    /** The smallest x in [lo, hi) with {@code test(x)} true, or hi if there is none; test must be monotone. */
    public static long firstTrue(long lo, long hi, LongPredicate test) {
        if (lo > hi) {
            throw new IllegalArgumentException("firstTrue: empty range, lo " + lo + " > hi " + hi);
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (test.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first index i with {@code a[i] >= key} in a sorted list (its size if none): where key would be inserted. */
    public static <T> int lowerBound(List<? extends T> sorted, T key, Comparator<? super T> order) {
        return (int) firstTrue(0, sorted.size(), i -> order.compare(sorted.get((int) i), key) >= 0);
    }

    /** The first index i with {@code a[i] > key}; {@code upperBound - lowerBound} counts the copies of key. */
    public static <T> int upperBound(List<? extends T> sorted, T key, Comparator<? super T> order) {
        return (int) firstTrue(0, sorted.size(), i -> order.compare(sorted.get((int) i), key) > 0);
    }

    /** The largest r with r * r <= n, for n >= 0: binary search on the answer without floating point. */
    public static long integerSqrt(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("integerSqrt: n must be >= 0, got " + n);
        }
        // first r in [0, 2^32) with r * r > n, minus one; r < 2^32 keeps r * r inside unsigned 64 bits
        return firstTrue(0, 1L << 32, r -> Long.compareUnsigned(r * r, n) > 0) - 1;
    }
}
