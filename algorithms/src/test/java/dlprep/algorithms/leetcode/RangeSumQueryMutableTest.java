package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangeSumQueryMutableTest {

    @Test
    void followsTheExample() {
        RangeSumQueryMutable q = new RangeSumQueryMutable(new int[] {1, 3, 5});
        assertEquals(9, q.sumRange(0, 2));
        q.update(1, 2);
        assertEquals(8, q.sumRange(0, 2));   // 1 + 2 + 5
        assertEquals(2, q.sumRange(1, 1));
    }

    @Test
    void updateSetsRatherThanAdds() {
        RangeSumQueryMutable q = new RangeSumQueryMutable(new int[] {4});
        q.update(0, 4);
        q.update(0, 4);
        assertEquals(4, q.sumRange(0, 0));
    }

    @Test
    void sumsBeyondIntRange() {
        RangeSumQueryMutable q = new RangeSumQueryMutable(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
        assertEquals(2L * Integer.MAX_VALUE, q.sumRange(0, 1));
        q.update(1, Integer.MIN_VALUE);
        assertEquals(-1, q.sumRange(0, 1));
    }

    @Test
    void refusesIndicesOutsideTheArray() {
        RangeSumQueryMutable q = new RangeSumQueryMutable(new int[] {1, 2});
        var e = assertThrows(IndexOutOfBoundsException.class, () -> q.update(2, 0));
        assertTrue(e.getMessage().contains("index 2"));
        assertThrows(IndexOutOfBoundsException.class, () -> q.sumRange(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> q.sumRange(1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> new RangeSumQueryMutable(new int[0]).sumRange(0, 0));
    }

    @Test
    void agreesWithAPlainArray() {
        Random random = new Random(307);
        for (int t = 0; t < 50; t++) {
            int[] a = random.ints(1 + random.nextInt(20), -100, 100).toArray();
            RangeSumQueryMutable q = new RangeSumQueryMutable(a);
            for (int op = 0; op < 100; op++) {
                if (random.nextBoolean()) {
                    int i = random.nextInt(a.length);
                    a[i] = random.nextInt(200) - 100;
                    q.update(i, a[i]);
                } else {
                    int l = random.nextInt(a.length);
                    int r = l + random.nextInt(a.length - l);
                    long sum = 0;
                    for (int i = l; i <= r; i++) {
                        sum += a[i];
                    }
                    assertEquals(sum, q.sumRange(l, r));
                }
            }
        }
    }
}
