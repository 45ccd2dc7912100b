package dlprep.vision.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransformEstimationTest {

    private static final Transform2d TRUE_H =
            Transform2d.perspective(1.1, 0.2, 3, 0.1, 0.9, -2, 0.001, 0.002, 1);

    static List<Point2d> map(Transform2d t, List<Point2d> points) {
        List<Point2d> out = new ArrayList<>();
        for (Point2d p : points) {
            out.add(t.apply(p));
        }
        return out;
    }

    static void assertSameMatrix(Transform2d expected, Transform2d actual, double tolerance) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.get(i, j), actual.get(i, j), tolerance, "entry (" + i + ", " + j + ") of " + actual);
            }
        }
    }

    @Test
    void affineFromThreePairsSolvesBothRows() {
        // (0,0)->(1,2) gives c = 1, f = 2; (1,0)->(3,2) gives a = 2, d = 0; (0,1)->(1,5) gives b = 0, e = 3.
        Transform2d t = TransformEstimation.affine(
                List.of(new Point2d(0, 0), new Point2d(1, 0), new Point2d(0, 1)),
                List.of(new Point2d(1, 2), new Point2d(3, 2), new Point2d(1, 5)));
        assertSameMatrix(Transform2d.affine(2, 0, 1, 0, 3, 2), t, 1e-12);
    }

    @Test
    void collinearPointsAreRefusedWithTheirIndices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransformEstimation.affine(
                List.of(new Point2d(0, 0), new Point2d(1, 1), new Point2d(2, 2)),
                List.of(new Point2d(1, 2), new Point2d(3, 2), new Point2d(1, 5))));
        assertTrue(e.getMessage().contains("src points 0, 1, 2") && e.getMessage().contains("collinear"), e.getMessage());

        // Three of four on the line y = 0.
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class, () -> TransformEstimation.homography(
                List.of(new Point2d(0, 0), new Point2d(1, 0), new Point2d(2, 0), new Point2d(0, 1)),
                List.of(new Point2d(0, 0), new Point2d(1, 0), new Point2d(1, 1), new Point2d(0, 1))));
        assertTrue(h.getMessage().contains("src points 0, 1, 2"), h.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransformEstimation.affine(
                List.of(new Point2d(0, 0), new Point2d(1, 0)), List.of(new Point2d(0, 0), new Point2d(1, 0))));
    }

    @Test
    void homographyFromFourPairsIsExact() {
        List<Point2d> square = List.of(new Point2d(0, 0), new Point2d(100, 0), new Point2d(100, 80), new Point2d(0, 80));
        Transform2d h = TransformEstimation.homography(square, map(TRUE_H, square));
        assertSameMatrix(TRUE_H, h, 1e-9);
    }

    @Test
    void homographyFromManyNoisyPairsIsTheLeastSquaresFit() {
        Random random = new Random(7);
        List<Point2d> src = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            src.add(new Point2d(random.nextDouble() * 200, random.nextDouble() * 150));
        }
        List<Point2d> exact = map(TRUE_H, src);
        assertSameMatrix(TRUE_H, TransformEstimation.homography(src, exact), 1e-9);

        // Noise of 0.1 px moves the fit a little: its reprojection errors stay near the noise level.
        List<Point2d> noisy = new ArrayList<>();
        for (Point2d p : exact) {
            noisy.add(new Point2d(p.x() + 0.1 * random.nextGaussian(), p.y() + 0.1 * random.nextGaussian()));
        }
        Transform2d fit = TransformEstimation.homography(src, noisy);
        double worst = 0;
        for (Point2d p : src) {
            worst = Math.max(worst, fit.apply(p).distance(TRUE_H.apply(p)));
        }
        assertTrue(worst < 0.2, "worst corner error " + worst);
    }

    @Test
    void pointsOnOneLineAreRefused() {
        List<Point2d> line = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            line.add(new Point2d(i, 2 * i + 1));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransformEstimation.homography(line, map(TRUE_H, line)));
        assertTrue(e.getMessage().contains("one line"), e.getMessage());
    }

    @Test
    void hartleyNormalisationCentresAndScalesToMeanDistanceSqrt2() {
        // Points (0,0), (2,0), (2,2), (0,2): centroid (1,1), every distance sqrt 2, so the scale is 1.
        Transform2d t = TransformEstimation.hartley("test", "src",
                List.of(new Point2d(0, 0), new Point2d(2, 0), new Point2d(2, 2), new Point2d(0, 2)));
        assertSameMatrix(Transform2d.translation(-1, -1), t, 1e-12);
    }
}
