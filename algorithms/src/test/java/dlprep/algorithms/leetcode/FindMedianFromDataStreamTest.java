package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindMedianFromDataStreamTest {

    @Test
    void followsTheExample() {
        FindMedianFromDataStream m = new FindMedianFromDataStream();
        m.addNum(1);
        m.addNum(2);
        assertEquals(1.5, m.findMedian());
        m.addNum(3);
        assertEquals(2.0, m.findMedian());
    }

    @Test
    void extremeValuesNeitherOverflowTheComparatorNorTheMean() {
        FindMedianFromDataStream m = new FindMedianFromDataStream();
        m.addNum(Integer.MAX_VALUE);
        m.addNum(Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, m.findMedian());   // (a + b) / 2.0 in int arithmetic gives -1.0
        FindMedianFromDataStream n = new FindMedianFromDataStream();
        n.addNum(Integer.MIN_VALUE);
        n.addNum(1);
        n.addNum(Integer.MAX_VALUE);
        assertEquals(1.0, n.findMedian());
    }

    @Test
    void emptyStreamHasNoMedian() {
        assertThrows(IllegalStateException.class, () -> new FindMedianFromDataStream().findMedian());
    }

    @Test
    void agreesWithSortingAfterEveryNumber() {
        Random random = new Random(295);
        FindMedianFromDataStream m = new FindMedianFromDataStream();
        List<Integer> seen = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            int v = random.nextInt(21) - 10;
            m.addNum(v);
            seen.add(v);
            List<Integer> sorted = new ArrayList<>(seen);
            Collections.sort(sorted);
            int n = sorted.size();
            double expected = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            assertEquals(expected, m.findMedian(), "after " + seen);
        }
    }
}
