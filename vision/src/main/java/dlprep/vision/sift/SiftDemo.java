package dlprep.vision.sift;

import dlprep.vision.geometry.Point2d;
import dlprep.vision.geometry.Ransac;
import dlprep.vision.geometry.Transform2d;
import dlprep.vision.geometry.Warp;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * The SIFT demonstration: an image against its own copy turned by 30 degrees and scaled by 0.8 about the
 * centre (a known homography), matched with the ratio test, the homography estimated by RANSAC, and its
 * error measured where it matters for a warp: how far the estimate sends the image's four corners from
 * where the true transform sends them.
 */
public final class SiftDemo {

    public static final double ANGLE_DEGREES = 30;
    public static final double SCALE = 0.8;
    public static final long RANSAC_SEED = 1;

    /** What the demo found. */
    public record Report(Transform2d truth, Transform2d estimate, int keypointsA, int keypointsB, int matches,
                         int inliers, double cornerError, Image picture) {
    }

    private SiftDemo() {
    }

    /** The copy of {@code image} the demo matches against: turned and scaled about the centre, same size. */
    public static Transform2d truth(Image image) {
        return Transform2d.rotationAbout((image.width() - 1) / 2.0, (image.height() - 1) / 2.0, ANGLE_DEGREES, SCALE);
    }

    public static Report run(Image image) {
        Transform2d truth = truth(image);
        Image copy = Warp.warp(image, truth, image.width(), image.height(), Warp.Interpolation.BILINEAR);
        return match(image, copy, truth, Matcher.LOWE_RATIO);
    }

    /** Matches {@code a} with {@code b}; {@code truth} (may be null) is the true a-to-b map to measure against. */
    public static Report match(Image a, Image b, Transform2d truth, double ratio) {
        Sift sift = new Sift();
        Sift.Features fa = sift.detectAndDescribe(a);
        Sift.Features fb = sift.detectAndDescribe(b);
        List<Matcher.Match> matches = Matcher.ratioTest(fa.descriptors(), fb.descriptors(), ratio);
        List<Point2d> src = new ArrayList<>();
        List<Point2d> dst = new ArrayList<>();
        for (Matcher.Match m : matches) {
            Keypoint p = fa.keypoints().get(m.query());
            Keypoint q = fb.keypoints().get(m.train());
            src.add(new Point2d(p.x(), p.y()));
            dst.add(new Point2d(q.x(), q.y()));
        }
        if (matches.size() < 4) {
            throw new IllegalArgumentException("sift-match: only " + matches.size() + " matches pass the ratio test"
                    + " (" + fa.keypoints().size() + " and " + fb.keypoints().size() + " keypoints); a homography"
                    + " needs 4. Are the images of the same scene?");
        }
        Ransac.Result fit = Ransac.homography(src, dst, RANSAC_SEED);
        double error = truth == null ? Double.NaN : cornerError(fit.homography(), truth, a.width(), a.height());
        Image picture = SiftPictures.matches(a, fa.keypoints(), b, fb.keypoints(), matches, fit.inliers());
        return new Report(truth, fit.homography(), fa.keypoints().size(), fb.keypoints().size(), matches.size(),
                fit.inlierCount(), error, picture);
    }

    /** The largest distance between where {@code estimate} and {@code truth} send the corners of a w x h image. */
    public static double cornerError(Transform2d estimate, Transform2d truth, int w, int h) {
        double worst = 0;
        for (Point2d c : List.of(new Point2d(0, 0), new Point2d(w - 1, 0), new Point2d(w - 1, h - 1), new Point2d(0, h - 1))) {
            worst = Math.max(worst, estimate.apply(c).distance(truth.apply(c)));
        }
        return worst;
    }
}
