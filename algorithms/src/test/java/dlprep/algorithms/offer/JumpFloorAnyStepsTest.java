package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JumpFloorAnyStepsTest {
    @Test
    void smallCounts() {
        assertEquals(1, JumpFloorAnySteps.ways(1));
        assertEquals(2, JumpFloorAnySteps.ways(2)); // 1+1, 2
        assertEquals(4, JumpFloorAnySteps.ways(3)); // 1+1+1, 1+2, 2+1, 3
    }

    @Test
    void agreesWithSummingOverTheLastJump() {
        long[] ways = new long[31];
        ways[0] = 1;
        for (int n = 1; n <= 30; n++) {
            for (int last = 1; last <= n; last++) {
                ways[n] += ways[n - last];
            }
            assertEquals(ways[n], JumpFloorAnySteps.ways(n), "n = " + n);
        }
    }

    @Test
    void countsBeyondTheIntRange() {
        assertEquals(1L << 32, JumpFloorAnySteps.ways(33)); // where 1 << 32 as an int would give 1
        assertEquals(4_611_686_018_427_387_904L, JumpFloorAnySteps.ways(63)); // 2^62
    }

    @Test
    void rejectsZeroNegativeAndOverflowingN() {
        assertRejected(JumpFloorAnySteps.class, () -> JumpFloorAnySteps.ways(0));
        assertRejected(JumpFloorAnySteps.class, () -> JumpFloorAnySteps.ways(-3));
        assertRejected(JumpFloorAnySteps.class, () -> JumpFloorAnySteps.ways(64));
    }
}
