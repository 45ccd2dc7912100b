package dlprep.kb.quiz;

import java.util.List;

/**
 * The scheduler's settings: the 17 FSRS-4.5 weights w0..w16, the desired retention r (the probability of recall
 * the next review is planned for) and the maximum interval in days.
 *
 * <p>{@link #DEFAULT} holds the published FSRS-4.5 default weights, the first 17 entries of
 * {@code DEFAULT_PARAMETERS} in open-spaced-repetition/fsrs-rs {@code src/inference.rs} (the FSRS-4.5 weights
 * that Anki 23.10 to 24.04 shipped; the same list appears in py-fsrs and ts-fsrs ports of that version). Each
 * weight must lie in the range fsrs-rs clamps it to after optimisation (fsrs-rs {@code src/weight_clipper.rs},
 * 17-weight version, commit 0558e4df), so a hand-edited weight cannot push the formulas out of their domain.
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumInterval) {

    public static final int WEIGHT_COUNT = 17;
    public static final int LONGEST_INTERVAL = 36500;

    private static final double[][] WEIGHT_RANGES = {
            {0.01, 100}, {0.01, 100}, {0.01, 100}, {0.01, 100}, // w0..w3 initial stability per first rating
            {1, 10}, {0.1, 5}, {0.1, 5}, {0, 0.75},             // w4, w5 initial difficulty; w6 step; w7 mean reversion
            {0, 4}, {0, 0.8}, {0.01, 3},                        // w8..w10 stability after recall
            {0.5, 5}, {0.01, 0.2}, {0.01, 0.9}, {0.01, 3},      // w11..w14 stability after forgetting
            {0, 1}, {1, 6},                                     // w15 hard penalty, w16 easy bonus
    };

    public static final FsrsParameters DEFAULT = new FsrsParameters(List.of(
            0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
            0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755), 0.9, LONGEST_INTERVAL);

    public FsrsParameters {
        if (weights == null || weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException("weights: FSRS-4.5 has " + WEIGHT_COUNT + " weights w0..w16, got "
                    + (weights == null ? "none" : weights.size()));
        }
        weights = List.copyOf(weights);
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            double w = weights.get(i);
            double low = WEIGHT_RANGES[i][0];
            double high = WEIGHT_RANGES[i][1];
            if (!(w >= low && w <= high)) {
                throw new IllegalArgumentException("weight w" + i + " = " + w + " is outside [" + low + ", " + high + "]");
            }
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desiredRetention = " + desiredRetention
                    + " is outside (0, 1): it is the probability of recall at the next review");
        }
        if (maximumInterval < 1 || maximumInterval > LONGEST_INTERVAL) {
            throw new IllegalArgumentException("maximumInterval = " + maximumInterval + " days is outside [1, "
                    + LONGEST_INTERVAL + "]");
        }
    }

    /** w_i of the formulas. */
    public double w(int i) {
        return weights.get(i);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumInterval);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(weights, desiredRetention, days);
    }
}
