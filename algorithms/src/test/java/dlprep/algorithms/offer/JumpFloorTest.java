package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JumpFloorTest {
    @Test
    void smallCounts() {
        assertEquals(1, JumpFloor.ways(0)); // the empty sequence of jumps
        assertEquals(1, JumpFloor.ways(1));
        assertEquals(2, JumpFloor.ways(2)); // 1+1, 2
        assertEquals(3, JumpFloor.ways(3)); // 1+1+1, 1+2, 2+1
        assertEquals(5, JumpFloor.ways(4));
    }

    @Test
    void agreesWithEnumeratingEveryJumpSequence() {
        for (int n = 1; n <= 16; n++) {
            assertEquals(enumerate(n), JumpFloor.ways(n), "n = " + n);
        }
    }

    /**
     * Counts the compositions of n into parts 1 and 2 by trying every set of cut points among the n - 1 gaps
     * between steps (a cut where a jump ends).
     */
    private static long enumerate(int n) {
        long count = 0;
        for (int cuts = 0; cuts < 1 << (n - 1); cuts++) {
            int run = 1;
            boolean ok = true;
            for (int gap = 0; gap < n - 1 && ok; gap++) {
                if ((cuts >> gap & 1) == 1) {
                    run = 1;
                } else {
                    ok = ++run <= 2;
                }
            }
            if (ok) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theLargestCountThatFitsALong() {
        assertEquals(Fibonacci.fib(92), JumpFloor.ways(JumpFloor.MAX_N));
    }

    @Test
    void rejectsNegativeAndOverflowingN() {
        assertRejected(JumpFloor.class, () -> JumpFloor.ways(-1));
        assertRejected(JumpFloor.class, () -> JumpFloor.ways(JumpFloor.MAX_N + 1));
    }
}
