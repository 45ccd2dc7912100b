package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircleAndRectangleOverlappingTest {

    @Test
    void decidesTheExamples() {
        assertTrue(CircleAndRectangleOverlapping.checkOverlap(1, 0, 0, 1, -1, 3, 1));     // touches at (1, 0)
        assertFalse(CircleAndRectangleOverlapping.checkOverlap(1, 1, 1, 1, -3, 2, -1));
        assertTrue(CircleAndRectangleOverlapping.checkOverlap(1, 0, 0, -1, 0, 0, 1));
    }

    @Test
    void crossingAnEdgeWithoutACornerOrTheCentre() {
        // the circle dips into the middle of the long bottom edge: no corner inside, centre outside
        assertTrue(CircleAndRectangleOverlapping.checkOverlap(2, 5, -1, 0, 0, 10, 1));
        // the centre inside a large rectangle
        assertTrue(CircleAndRectangleOverlapping.checkOverlap(1, 5, 5, 0, 0, 10, 10));
        // near a corner, but the corner is at distance sqrt(2) > 1
        assertFalse(CircleAndRectangleOverlapping.checkOverlap(1, 0, 0, 1, 1, 2, 2));
    }

    @Test
    void farCoordinatesDoNotOverflow() {
        int far = 1 << 29;
        assertFalse(CircleAndRectangleOverlapping.checkOverlap(far, -far, -far, far - 1, far - 1, far, far));
        assertThrows(IllegalArgumentException.class, () -> CircleAndRectangleOverlapping.checkOverlap(1, Integer.MAX_VALUE, 0, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CircleAndRectangleOverlapping.checkOverlap(-1, 0, 0, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CircleAndRectangleOverlapping.checkOverlap(1, 0, 0, 2, 0, 1, 1));
    }

    @Test
    void agreesWithScanningTheRectanglesLatticePoints() {
        // with integer inputs the clamped nearest point is a lattice point of the rectangle
        Random random = new Random(1401);
        for (int t = 0; t < 2000; t++) {
            int r = random.nextInt(4);
            int xc = random.nextInt(11) - 5;
            int yc = random.nextInt(11) - 5;
            int x1 = random.nextInt(11) - 5;
            int y1 = random.nextInt(11) - 5;
            int x2 = x1 + random.nextInt(4);
            int y2 = y1 + random.nextInt(4);
            boolean expected = false;
            for (int x = x1; x <= x2; x++) {
                for (int y = y1; y <= y2; y++) {
                    expected |= (x - xc) * (x - xc) + (y - yc) * (y - yc) <= r * r;
                }
            }
            assertEquals(expected, CircleAndRectangleOverlapping.checkOverlap(r, xc, yc, x1, y1, x2, y2));
        }
    }
}
