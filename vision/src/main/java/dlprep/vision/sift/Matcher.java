package dlprep.vision.sift;

import java.util.ArrayList;
import java.util.List;

/**
 * Nearest-neighbour matching of descriptors with Lowe's ratio test: a query descriptor's nearest train
 * descriptor is accepted only if it is clearly nearer than the second nearest,
 * {@code d1 < ratio * d2}. Lowe (2004, section 7.1) found that 0.8 rejects 90% of the false matches and
 * under 5% of the correct ones: a correct match stands out, a wrong one has competitors about as close.
 * Brute force, O(n m) distances of 128 values; enough for a few thousand keypoints.
 */
public final class Matcher {

    /** Query descriptor {@code query} matched to train descriptor {@code train} at Euclidean distance {@code distance}. */
    public record Match(int query, int train, double distance) {
    }

    public static final double LOWE_RATIO = 0.8;

    private Matcher() {
    }

    public static List<Match> ratioTest(float[][] query, float[][] train, double ratio) {
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("match: ratio " + ratio + " must be in (0, 1]; Lowe used 0.8");
        }
        List<Match> matches = new ArrayList<>();
        if (train.length < 2) {
            return matches; // no second neighbour to compare with
        }
        for (int q = 0; q < query.length; q++) {
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            int bestIndex = -1;
            for (int t = 0; t < train.length; t++) {
                double d = squaredDistance(query[q], train[t], second);
                if (d < best) {
                    second = best;
                    best = d;
                    bestIndex = t;
                } else if (d < second) {
                    second = d;
                }
            }
            // Compare squared distances: d1 < r d2  <=>  d1^2 < r^2 d2^2.
            if (best < ratio * ratio * second) {
                matches.add(new Match(q, bestIndex, Math.sqrt(best)));
            }
        }
        return matches;
    }

    /** Squared distance, giving up (returning a value at least {@code bound}) once it passes {@code bound}. */
    private static double squaredDistance(float[] a, float[] b, double bound) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
            if ((i & 15) == 15 && sum >= bound) {
                return sum;
            }
        }
        return sum;
    }
}
