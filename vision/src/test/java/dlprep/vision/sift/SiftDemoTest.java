package dlprep.vision.sift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.geometry.Transform2d;
import dlprep.vision.image.Image;
import dlprep.vision.image.TestImage;
import org.junit.jupiter.api.Test;

class SiftDemoTest {

    @Test
    void demoPairOfTheTestImageGivesTheTrueHomographyWithinAFewPixels() {
        // A small test image keeps the test fast; measured here: 37 and 122 keypoints, 13 matches, 11 inliers,
        // corner error 1.2 px. (The gallery's 240x160 pair: 30 inliers, 2.73 px, and OpenCV 4.6 on the same
        // pair 2.74 px; tools/compare_opencv_features.py.) The matches sit inside the image, so the corners,
        // where the error is measured, are an extrapolation.
        Image image = TestImage.generate(128, 96, 1);
        SiftDemo.Report report = SiftDemo.run(image);
        assertTrue(report.inliers() >= 8, report.inliers() + " inliers");
        assertTrue(report.cornerError() < 3, "corner error " + report.cornerError());
        assertEquals(256, report.picture().width(), "the two images side by side");
    }

    @Test
    void cornerErrorIsTheLargestCornerDisplacement() {
        // A shift by (3, 4) moves every corner by 5.
        assertEquals(5, SiftDemo.cornerError(Transform2d.translation(3, 4), Transform2d.identity(), 10, 10), 1e-12);
    }

    @Test
    void unrelatedImagesAreRefusedWithTheCounts() {
        Image flat = Image.blank(64, 64, 1, Image.Depth.U8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiftDemo.match(flat, flat, null, Matcher.LOWE_RATIO));
        assertTrue(e.getMessage().contains("0 matches") && e.getMessage().contains("0 and 0 keypoints"), e.getMessage());
    }
}
