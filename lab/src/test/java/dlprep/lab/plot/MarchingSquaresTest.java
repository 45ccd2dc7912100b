package dlprep.lab.plot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MarchingSquaresTest {

    private static final Panel.Range UNIT = new Panel.Range(0, 1);

    @Test
    void oneCellCrossedOnTwoEdgesGivesOneInterpolatedSegment() {
        // f = x on [0, 1]^2, level 0.25: corners 0, 1, 1, 0; the bottom edge (0,0)-(1,0) is crossed at x = 0.25, the
        // top edge (1,1)-(0,1) at x = 0.25 too
        List<double[]> s = MarchingSquares.contours((x, y) -> x, UNIT, UNIT, 1, 1, 0.25).get(0).segments();
        assertEquals(1, s.size());
        assertArrayEquals(new double[] {0.25, 0, 0.25, 1}, s.get(0), 1e-12);
    }

    @Test
    void aSaddleCellIsSplitByItsCentreValue() {
        // f = x y on [-1, 1]^2, level 0: corners (-1,-1) 1, (1,-1) -1, (1,1) 1, (-1,1) -1, every edge crossed at its
        // middle. The centre value 0 is not above the level, so the corners above it (c0 and c2) are cut off:
        // segments left-bottom (-1,0)-(0,-1) and right-top (1,0)-(0,1)
        Panel.Range r = new Panel.Range(-1, 1);
        List<double[]> s = MarchingSquares.contours((x, y) -> x * y, r, r, 1, 1, 0).get(0).segments();
        assertEquals(2, s.size());
        assertArrayEquals(new double[] {-1, 0, 0, -1}, s.get(0), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0, 1}, s.get(1), 1e-12);
    }

    @Test
    void theUnitCircleIsTracedCloseToTheCircle() {
        Panel.Range r = new Panel.Range(-2, 2);
        List<double[]> s = MarchingSquares.contours((x, y) -> x * x + y * y, r, r, 40, 40, 1).get(0).segments();
        double length = 0;
        for (double[] seg : s) {
            // a grid step of 0.1: linear interpolation of x^2 + y^2 along an edge is off by at most h^2 / 8 = 0.00125
            assertEquals(1, Math.hypot(seg[0], seg[1]), 0.01);
            assertEquals(1, Math.hypot(seg[2], seg[3]), 0.01);
            length += Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
        }
        assertEquals(2 * Math.PI, length, 0.01 * 2 * Math.PI);
    }
}
