package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FenwickTreeTest {

    @Test
    void prefixSumsOfTheNotesExample() {
        // the roadmap note's example: a = [3, 2, -1, 6, 5, 4, -3, 3]; sum of the first 7 = 16
        FenwickTree t = new FenwickTree(new long[] {3, 2, -1, 6, 5, 4, -3, 3});
        assertEquals(16, t.prefixSum(7));
        assertEquals(19, t.prefixSum(8));
        assertEquals(0, t.prefixSum(0));
        assertEquals(10, t.rangeSum(2, 5));  // a[2..5) = -1 + 6 + 5
    }

    @Test
    void randomUpdatesAndQueriesAgreeWithAPlainArray() {
        Random random = new Random(5);
        int n = 200;
        long[] plain = new long[n];
        FenwickTree t = new FenwickTree(n);
        for (int step = 0; step < 5000; step++) {
            if (random.nextBoolean()) {
                int i = random.nextInt(n);
                long d = random.nextInt(2001) - 1000;
                plain[i] += d;
                t.add(i, d);
            } else {
                int from = random.nextInt(n + 1);
                int to = from + random.nextInt(n + 1 - from);
                long expected = 0;
                for (int i = from; i < to; i++) {
                    expected += plain[i];
                }
                assertEquals(expected, t.rangeSum(from, to));
            }
        }
    }

    @Test
    void emptyAndSingleElementTrees() {
        assertEquals(0, new FenwickTree(0).prefixSum(0));
        FenwickTree one = new FenwickTree(new long[] {42});
        one.add(0, -2);
        assertEquals(40, one.prefixSum(1));
    }

    @Test
    void outOfRangeIsRejectedWithTheIndex() {
        FenwickTree t = new FenwickTree(3);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> t.add(3, 1));
        assertEquals("FenwickTree.add: index 3 outside 0..2", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> t.prefixSum(4));
        assertThrows(IllegalArgumentException.class, () -> t.rangeSum(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new FenwickTree(-1));
    }
}
