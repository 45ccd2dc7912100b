package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LastRemainingInCircleTest {
    @Test
    void smallCircles() {
        // n = 5, m = 3: children 2, 0, 4, 1 leave in turn and 3 remains.
        assertEquals(3, LastRemainingInCircle.lastRemaining(5, 3));
        assertEquals(0, LastRemainingInCircle.lastRemaining(1, 100));
        assertEquals(1, LastRemainingInCircle.lastRemaining(2, 1)); // child 0 leaves first
    }

    @Test
    void agreesWithSimulatingTheCircle() {
        for (int n = 1; n <= 40; n++) {
            for (int m = 1; m <= 50; m++) {
                assertEquals(simulate(n, m), LastRemainingInCircle.lastRemaining(n, m), n + ", " + m);
            }
        }
    }

    @Test
    void aHugeStepDoesNotOverflow() {
        assertEquals(simulate(7, Integer.MAX_VALUE), LastRemainingInCircle.lastRemaining(7, Integer.MAX_VALUE));
    }

    private static int simulate(int n, int m) {
        List<Integer> circle = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            circle.add(i);
        }
        long at = 0;
        while (circle.size() > 1) {
            at = (at + m - 1) % circle.size();
            circle.remove((int) at);
        }
        return circle.get(0);
    }

    @Test
    void rejectsEmptyCirclesAndNonPositiveSteps() {
        assertRejected(LastRemainingInCircle.class, () -> LastRemainingInCircle.lastRemaining(0, 3));
        assertRejected(LastRemainingInCircle.class, () -> LastRemainingInCircle.lastRemaining(5, 0));
        assertRejected(LastRemainingInCircle.class, () -> LastRemainingInCircle.lastRemaining(Integer.MIN_VALUE, 1));
    }
}
