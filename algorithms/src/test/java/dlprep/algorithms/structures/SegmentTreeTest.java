package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SegmentTreeTest {

    @Test
    void rangeAddThenSumAndMin() {
        SegmentTree t = new SegmentTree(new long[] {5, 3, 8, 1, 4});
        assertEquals(21, t.sum(0, 5));
        assertEquals(1, t.min(0, 5));
        t.add(1, 4, 10);                    // [5, 13, 18, 11, 4]
        assertEquals(51, t.sum(0, 5));      // 21 + 3 * 10
        assertEquals(11, t.min(1, 4));
        assertEquals(4, t.min(0, 5));
        assertEquals(29, t.sum(2, 4));      // 18 + 11
        assertEquals(0, t.sum(3, 3));
    }

    @Test
    void randomOperationsAgreeWithAPlainArray() {
        Random random = new Random(6);
        for (int n : new int[] {1, 2, 3, 7, 64, 100}) {
            long[] plain = new long[n];
            for (int i = 0; i < n; i++) {
                plain[i] = random.nextInt(100) - 50;
            }
            SegmentTree t = new SegmentTree(plain);
            for (int step = 0; step < 2000; step++) {
                int from = random.nextInt(n);
                int to = from + 1 + random.nextInt(n - from);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        long d = random.nextInt(21) - 10;
                        t.add(from, to, d);
                        for (int i = from; i < to; i++) {
                            plain[i] += d;
                        }
                    }
                    case 1 -> {
                        long s = 0;
                        for (int i = from; i < to; i++) {
                            s += plain[i];
                        }
                        assertEquals(s, t.sum(from, to));
                    }
                    default -> {
                        long m = Long.MAX_VALUE;
                        for (int i = from; i < to; i++) {
                            m = Math.min(m, plain[i]);
                        }
                        assertEquals(m, t.min(from, to));
                    }
                }
            }
        }
    }

    @Test
    void badRangesAreRejected() {
        SegmentTree t = new SegmentTree(new long[] {1, 2});
        assertThrows(IndexOutOfBoundsException.class, () -> t.sum(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> t.add(2, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> t.min(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SegmentTree(new long[0]));
    }
}
