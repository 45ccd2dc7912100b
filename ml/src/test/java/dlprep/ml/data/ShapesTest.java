package dlprep.ml.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapesTest {

    @Test
    void moonsWithoutNoiseLieOnTheirHalfCircles() {
        LabeledData m = Shapes.moons(5, 0, 0);
        // upper moon from t = 0 to pi: (cos t, sin t); lower: (1 - cos t, 0.5 - sin t)
        assertArrayEquals(new double[] {1, 0}, m.features()[0], 1e-15);
        assertArrayEquals(new double[] {-1, 0}, m.features()[4], 1e-15);
        assertArrayEquals(new double[] {0, 0.5}, m.features()[5], 1e-15);
        assertArrayEquals(new double[] {1, -0.5}, m.features()[7], 1e-15); // t = pi/2
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, m.labels());
    }

    @Test
    void circlesHaveTheirRadiiAndNoiseMovesPointsLittle() {
        LabeledData c = Shapes.circles(4, 0.5, 0, 0);
        assertArrayEquals(new double[] {0, 1}, c.features()[1], 1e-15); // t = pi/2 on the outer ring
        assertArrayEquals(new double[] {0, 0.5}, c.features()[5], 1e-15); // and on the inner one
        LabeledData noisy = Shapes.circles(50, 0.5, 0.01, 3);
        for (int i = 0; i < 100; i++) {
            double r = Math.hypot(noisy.features()[i][0], noisy.features()[i][1]);
            assertEquals(i < 50 ? 1 : 0.5, r, 0.06, "point " + i); // six standard deviations of the noise
        }
    }

    @Test
    void badSizesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Shapes.circles(10, 1.5, 0, 0));
        assertTrue(e.getMessage().contains("factor = 1.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Shapes.moons(1, 0, 0));
        assertTrue(e.getMessage().contains("at least 2 points per shape"), e.getMessage());
    }
}
