package dlprep.algorithms.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Binary search variants and ternary search. */
class SearchTest {

    @Test
    void lowerAndUpperBoundOnDuplicates() {
        List<Integer> a = List.of(1, 2, 2, 2, 5, 7);
        Comparator<Integer> natural = Comparator.naturalOrder();
        assertEquals(1, BinarySearch.lowerBound(a, 2, natural));
        assertEquals(4, BinarySearch.upperBound(a, 2, natural));   // 4 - 1 = three copies of 2
        assertEquals(4, BinarySearch.lowerBound(a, 3, natural));   // where 3 would go
        assertEquals(6, BinarySearch.lowerBound(a, 9, natural));
        assertEquals(0, BinarySearch.lowerBound(a, 0, natural));
        assertEquals(0, BinarySearch.lowerBound(List.of(), 0, natural));
    }

    @Test
    void boundsAgreeWithALinearScan() {
        Random random = new Random(33);
        for (int t = 0; t < 300; t++) {
            List<Integer> a = new ArrayList<>();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) {
                a.add(random.nextInt(6));
            }
            a.sort(null);
            int key = random.nextInt(8) - 1;
            int lower = 0;
            while (lower < n && a.get(lower) < key) {
                lower++;
            }
            int upper = lower;
            while (upper < n && a.get(upper) == key) {
                upper++;
            }
            assertEquals(lower, BinarySearch.lowerBound(a, key, Comparator.naturalOrder()));
            assertEquals(upper, BinarySearch.upperBound(a, key, Comparator.naturalOrder()));
        }
    }

    @Test
    void firstTrueDoesNotOverflowNearLongMaxValue() {
        // (lo + hi) / 2 would overflow here; lo + (hi - lo) / 2 does not
        long target = Long.MAX_VALUE - 3;
        assertEquals(target, BinarySearch.firstTrue(Long.MAX_VALUE - 100, Long.MAX_VALUE, x -> x >= target));
        assertEquals(10, BinarySearch.firstTrue(0, 10, x -> false));   // none: hi
        assertThrows(IllegalArgumentException.class, () -> BinarySearch.firstTrue(5, 4, x -> true));
    }

    @Test
    void integerSqrtIsExactWhereDoublesAreNot() {
        assertEquals(0, BinarySearch.integerSqrt(0));
        assertEquals(3, BinarySearch.integerSqrt(15));
        assertEquals(4, BinarySearch.integerSqrt(16));
        assertEquals(3_037_000_499L, BinarySearch.integerSqrt(Long.MAX_VALUE));   // 3037000499^2 <= 2^63 - 1 < 3037000500^2
        long square = 3_037_000_499L * 3_037_000_499L;
        assertEquals(3_037_000_498L, BinarySearch.integerSqrt(square - 1));
        assertThrows(IllegalArgumentException.class, () -> BinarySearch.integerSqrt(-1));
    }

    @Test
    void ternarySearchFindsThePeak() {
        // f(x) = -(x - 2)^2 + 3 has its maximum at x = 2
        assertEquals(2.0, TernarySearch.argMax(x -> -(x - 2) * (x - 2) + 3, -10, 10, 1e-9), 1e-6);
        assertEquals(7, TernarySearch.argMax(x -> -Math.abs(x - 7), -1000, 1000));
        assertEquals(-1000, TernarySearch.argMax(x -> -x, -1000, 1000));   // monotone: the left end
        assertEquals(5, TernarySearch.argMax(x -> x, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> TernarySearch.argMax(x -> x, 1.0, 0.0, 1e-9));
    }

    @Test
    void integerTernarySearchAgreesWithAScanOnRandomPeaks() {
        Random random = new Random(34);
        for (int t = 0; t < 300; t++) {
            long peak = random.nextInt(50);
            long up = 1 + random.nextInt(3);
            long down = 1 + random.nextInt(3);
            long lo = random.nextInt(20) - 10;
            long hi = lo + random.nextInt(80);
            java.util.function.LongUnaryOperator f = x -> x <= peak ? up * x : up * peak - down * (x - peak);
            long best = lo;
            for (long x = lo; x <= hi; x++) {
                if (f.applyAsLong(x) > f.applyAsLong(best)) {
                    best = x;
                }
            }
            assertEquals(best, TernarySearch.argMax(f, lo, hi), "peak " + peak + " in [" + lo + ", " + hi + "]");
        }
    }
}
