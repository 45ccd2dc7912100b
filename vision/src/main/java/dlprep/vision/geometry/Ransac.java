package dlprep.vision.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * RANSAC (Fischler and Bolles, 1981) for a homography among matches with outliers: fit the exact
 * homography of 4 random pairs, count the pairs it maps within {@code threshold} pixels, keep the largest
 * consensus, and refit on it by the normalised DLT. The number of trials adapts to the best inlier ratio
 * {@code w} found so far: {@code N = log(1 - confidence) / log(1 - w^4)} trials make it {@code confidence}
 * likely that one sample was all inliers (OpenCV's findHomography: threshold 3 px, confidence 0.995).
 */
public final class Ransac {

    /** The homography and which pairs agreed with it. */
    public record Result(Transform2d homography, boolean[] inliers, int inlierCount, int trials) {
    }

    public static final double DEFAULT_THRESHOLD = 3;
    public static final double DEFAULT_CONFIDENCE = 0.995;
    public static final int MAX_TRIALS = 2000;

    private Ransac() {
    }

    public static Result homography(List<Point2d> src, List<Point2d> dst, long seed) {
        return homography(src, dst, DEFAULT_THRESHOLD, DEFAULT_CONFIDENCE, seed);
    }

    public static Result homography(List<Point2d> src, List<Point2d> dst, double threshold, double confidence,
                                    long seed) {
        if (src.size() != dst.size() || src.size() < 4) {
            throw new IllegalArgumentException("ransac: " + src.size() + " src and " + dst.size()
                    + " dst points; needs at least 4 pairs, as many dst points as src points");
        }
        int n = src.size();
        Random random = new Random(seed);
        boolean[] best = null;
        int bestCount = 0;
        int trials = 0;
        long needed = MAX_TRIALS;
        while (trials < needed && trials < MAX_TRIALS) {
            trials++;
            int[] sample = sample(random, n);
            Transform2d h;
            try {
                h = TransformEstimation.homography(pick(src, sample), pick(dst, sample));
            } catch (IllegalArgumentException degenerate) {
                continue; // three collinear points in the sample: draw again
            }
            boolean[] inliers = inliers(h, src, dst, threshold);
            int count = count(inliers);
            if (count > bestCount) {
                bestCount = count;
                best = inliers;
                double w = (double) count / n;
                double allInliers = Math.pow(w, 4);
                needed = allInliers >= 1 ? 0 : (long) Math.ceil(Math.log(1 - confidence) / Math.log(1 - allInliers));
            }
        }
        if (best == null || bestCount < 4) {
            throw new IllegalArgumentException("ransac: no 4 of the " + n + " pairs agree on a homography within "
                    + threshold + " px after " + trials + " trials; the matches are mostly wrong or degenerate");
        }
        // Refit on the consensus, then take the consensus of the refit (it can only grow or stay).
        List<Point2d> s = new ArrayList<>();
        List<Point2d> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (best[i]) {
                s.add(src.get(i));
                d.add(dst.get(i));
            }
        }
        Transform2d refit = TransformEstimation.homography(s, d);
        boolean[] finalInliers = inliers(refit, src, dst, threshold);
        return new Result(refit, finalInliers, count(finalInliers), trials);
    }

    /** Which pairs the homography maps within {@code threshold} pixels of their dst point. */
    public static boolean[] inliers(Transform2d h, List<Point2d> src, List<Point2d> dst, double threshold) {
        boolean[] in = new boolean[src.size()];
        for (int i = 0; i < in.length; i++) {
            Point2d p = h.apply(src.get(i));
            in[i] = p.distance(dst.get(i)) <= threshold; // NaN (a point sent to infinity) is not an inlier
        }
        return in;
    }

    private static int[] sample(Random random, int n) {
        int[] picked = new int[4];
        for (int k = 0; k < 4; k++) {
            boolean again;
            do {
                picked[k] = random.nextInt(n);
                again = false;
                for (int j = 0; j < k; j++) {
                    again |= picked[j] == picked[k];
                }
            } while (again);
        }
        return picked;
    }

    private static List<Point2d> pick(List<Point2d> points, int[] indices) {
        List<Point2d> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(points.get(i));
        }
        return out;
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }
}
