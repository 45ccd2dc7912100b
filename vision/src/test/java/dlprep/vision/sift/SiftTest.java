package dlprep.vision.sift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.geometry.Point2d;
import dlprep.vision.geometry.Ransac;
import dlprep.vision.geometry.Transform2d;
import dlprep.vision.geometry.Warp;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SiftTest {

    /** A bright Gaussian blob of standard deviation {@code sigma} centred at ({@code cx}, {@code cy}). */
    static Image blob(int size, double cx, double cy, double sigma) {
        Image image = Image.blank(size, size, 1, Image.Depth.F32);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                image.set(0, x, y, (float) (20 + 200 * Math.exp(-r2 / (2 * sigma * sigma))));
            }
        }
        return image;
    }

    /** Seeded random ellipses and squares of random gray levels: texture with many distinct keypoints. */
    static Image scene(int width, int height, long seed) {
        Random random = new Random(seed);
        Image image = Image.blank(width, height, 1, Image.Depth.U8);
        for (int i = 0; i < image.data().length; i++) {
            image.data()[i] = 90;
        }
        for (int shape = 0; shape < 40; shape++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double rx = 3 + random.nextDouble() * 10;
            double ry = 3 + random.nextDouble() * 10;
            float gray = random.nextInt(256);
            boolean square = random.nextBoolean();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double u = (x - cx) / rx;
                    double v = (y - cy) / ry;
                    if (square ? Math.abs(u) <= 1 && Math.abs(v) <= 1 : u * u + v * v <= 1) {
                        image.set(0, x, y, gray);
                    }
                }
            }
        }
        return image;
    }

    @Test
    void blobIsFoundAtItsPositionAndScale() {
        List<Keypoint> keypoints = new Sift().detect(blob(64, 30.3, 33.6, 4));
        Keypoint best = keypoints.get(0);
        for (Keypoint k : keypoints) {
            if (k.response() > best.response()) {
                best = k;
            }
        }
        assertEquals(30.3, best.x(), 0.1, best.toString());
        assertEquals(33.6, best.y(), 0.1, best.toString());
        // The scale-normalised Laplacian of a Gaussian blob of sigma0 peaks at sigma = sigma0 (Lindeberg
        // 1998); the DoG between sigma and k sigma stands for the Laplacian at about sigma sqrt(k), and the
        // keypoint reports the lower sigma, so the blob is found at sigma0 / 2^(1/6) = 4 / 1.122 = 3.56.
        assertEquals(4 / Math.pow(2, 1.0 / 6), best.sigma(), 0.15, best.toString());
    }

    @Test
    void descriptorsMatchAcrossAQuarterTurn() {
        Image image = scene(96, 96, 11);
        // Turned a quarter counter-clockwise on the screen: (x, y) -> (y, 95 - x); nearest is exact here.
        Transform2d turn = Transform2d.rotationAbout(47.5, 47.5, 90, 1);
        Image turned = Warp.warp(image, turn, 96, 96, Warp.Interpolation.NEAREST);
        Sift sift = new Sift();
        Sift.Features a = sift.detectAndDescribe(image);
        Sift.Features b = sift.detectAndDescribe(turned);
        List<Matcher.Match> matches = Matcher.ratioTest(a.descriptors(), b.descriptors(), Matcher.LOWE_RATIO);
        int right = 0;
        for (Matcher.Match m : matches) {
            Keypoint p = a.keypoints().get(m.query());
            Keypoint q = b.keypoints().get(m.train());
            if (turn.apply(new Point2d(p.x(), p.y())).distance(new Point2d(q.x(), q.y())) < 1.5) {
                right++;
            }
        }
        assertTrue(matches.size() >= 20 && right >= 0.9 * matches.size(), right + " of " + matches.size());
    }

    @Test
    void homographyOfASyntheticPairIsRecovered() {
        Image image = scene(128, 128, 5);
        Transform2d truth = Transform2d.rotationAbout(64, 64, 30, 0.8);
        Image warped = Warp.warp(image, truth, 128, 128, Warp.Interpolation.BILINEAR);
        Sift sift = new Sift();
        Sift.Features a = sift.detectAndDescribe(image);
        Sift.Features b = sift.detectAndDescribe(warped);
        List<Matcher.Match> matches = Matcher.ratioTest(a.descriptors(), b.descriptors(), Matcher.LOWE_RATIO);
        List<Point2d> src = new ArrayList<>();
        List<Point2d> dst = new ArrayList<>();
        for (Matcher.Match m : matches) {
            src.add(new Point2d(a.keypoints().get(m.query()).x(), a.keypoints().get(m.query()).y()));
            dst.add(new Point2d(b.keypoints().get(m.train()).x(), b.keypoints().get(m.train()).y()));
        }
        Ransac.Result fit = Ransac.homography(src, dst, 1);
        double worst = 0;
        for (Point2d corner : List.of(new Point2d(0, 0), new Point2d(127, 0), new Point2d(127, 127), new Point2d(0, 127))) {
            worst = Math.max(worst, fit.homography().apply(corner).distance(truth.apply(corner)));
        }
        assertTrue(worst < 1, "corner error " + worst);
    }

    @Test
    void descriptorsAreUnitVectorsUnchangedByContrast() {
        Image image = scene(64, 64, 2);
        Image stronger = image.toF32();
        for (int i = 0; i < stronger.data().length; i++) {
            stronger.data()[i] = 0.5f * stronger.data()[i] + 20;
        }
        Sift sift = new Sift();
        Sift.Features a = sift.detectAndDescribe(image);
        float[] d = a.descriptors()[0];
        assertEquals(128, d.length);
        double norm = 0;
        for (float v : d) {
            norm += v * v;
        }
        assertEquals(1, norm, 1e-5);
        // Halving the contrast halves D and every gradient: a keypoint of the same place gets the same
        // descriptor (the normalisation removes the factor; the offset 20 cancels in differences).
        Sift.Features b = sift.detectAndDescribe(stronger);
        Keypoint k = a.keypoints().get(0);
        for (int j = 0; j < b.keypoints().size(); j++) {
            Keypoint q = b.keypoints().get(j);
            if (Math.hypot(q.x() - k.x(), q.y() - k.y()) < 1e-3 && Math.abs(q.angle() - k.angle()) < 1e-3) {
                for (int i = 0; i < 128; i++) {
                    assertEquals(d[i], b.descriptors()[j][i], 1e-4);
                }
                return;
            }
        }
        throw new AssertionError("keypoint " + k + " not found at half contrast");
    }

    @Test
    void tinyImagesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Sift().detect(Image.blank(10, 40, 1, Image.Depth.U8)));
    }
}
