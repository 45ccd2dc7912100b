package dlprep.vision.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RansacTest {

    @Test
    void recoversTheHomographyAndFlagsTheOutliers() {
        Transform2d truth = Transform2d.perspective(0.9, -0.3, 40, 0.25, 1.05, -10, 0.0008, -0.0005, 1);
        Random random = new Random(3);
        List<Point2d> src = new ArrayList<>();
        List<Point2d> dst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Point2d p = new Point2d(random.nextDouble() * 300, random.nextDouble() * 200);
            src.add(p);
            // Every fourth pair is a wrong match somewhere far off.
            dst.add(i % 4 == 0 ? new Point2d(random.nextDouble() * 300, random.nextDouble() * 200 + 400) : truth.apply(p));
        }
        Ransac.Result result = Ransac.homography(src, dst, 1);
        assertEquals(30, result.inlierCount());
        for (int i = 0; i < 40; i++) {
            assertEquals(i % 4 != 0, result.inliers()[i], "pair " + i);
        }
        for (Point2d corner : List.of(new Point2d(0, 0), new Point2d(300, 0), new Point2d(300, 200), new Point2d(0, 200))) {
            assertTrue(result.homography().apply(corner).distance(truth.apply(corner)) < 1e-6);
        }
        // With 75% inliers, N = log(0.005) / log(1 - 0.75^4) = 15.4 trials suffice once the consensus is found.
        assertTrue(result.trials() < 100, "trials " + result.trials());
    }

    @Test
    void tooFewPairsAreRefused() {
        List<Point2d> three = List.of(new Point2d(0, 0), new Point2d(1, 0), new Point2d(0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ransac.homography(three, three, 1));
        assertFalse(e.getMessage().isEmpty());
    }
}
