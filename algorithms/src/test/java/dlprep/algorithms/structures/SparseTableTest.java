package dlprep.algorithms.structures;

import dlprep.algorithms.math.Gcd;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SparseTableTest {

    @Test
    void minMaxAndGcdOverRanges() {
        long[] a = {4, 6, 2, 8, 12, 3};
        assertEquals(2, SparseTable.min(a).query(0, 6));
        assertEquals(6, SparseTable.min(a).query(1, 2));
        assertEquals(12, SparseTable.max(a).query(2, 5));
        assertEquals(4, new SparseTable(a, Gcd::gcd).query(3, 5));   // gcd(8, 12)
    }

    @Test
    void everyRangeAgreesWithAScan() {
        Random random = new Random(9);
        long[] a = new long[77];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(1000) - 500;
        }
        SparseTable min = SparseTable.min(a);
        for (int from = 0; from < a.length; from++) {
            long m = Long.MAX_VALUE;
            for (int to = from + 1; to <= a.length; to++) {
                m = Math.min(m, a[to - 1]);
                assertEquals(m, min.query(from, to));
            }
        }
    }

    @Test
    void singleElementAndBadRanges() {
        SparseTable t = SparseTable.max(new long[] {7});
        assertEquals(7, t.query(0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> t.query(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> t.query(0, 2));
        assertThrows(IllegalArgumentException.class, () -> SparseTable.min(new long[0]));
    }
}
