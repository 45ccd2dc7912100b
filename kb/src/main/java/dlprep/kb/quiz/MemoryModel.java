package dlprep.kb.quiz;

/**
 * The FSRS-4.5 memory model: how stability S (days until recall probability falls to 90%), difficulty D in [1, 10]
 * and retrievability R (the probability of recall now) change with each rating G (1 again .. 4 easy).
 *
 * <p>Formulas from the fsrs4anki wiki, "The Algorithm", sections "FSRS-4.5" (forgetting curve and interval) and
 * "FSRS v4" (everything else, unchanged in 4.5), https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 * (revision of 2024-05-29):
 * <pre>
 *   R(t, S)       = (1 + FACTOR t / S)^DECAY,   DECAY = -0.5, FACTOR = 19/81, so R(S, S) = 0.9
 *   I(r, S)       = S / FACTOR (r^(1/DECAY) - 1), rounded to whole days, at least 1, at most the maximum
 *   S0(G)         = w[G-1]
 *   D0(G)         = w4 - (G - 3) w5, clamped to [1, 10]
 *   D'(D, G)      = w7 D0(3) + (1 - w7)(D - w6 (G - 3)), clamped to [1, 10]      (D0(3) = w4)
 *   S'_r(D,S,R,G) = S (e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) h e + 1),  h = w15 if G = 2, e = w16 if G = 4
 *   S'_f(D,S,R)   = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R))
 * </pre>
 * Mean reversion pulls D towards D0(3) = w4 in FSRS-4.5 (fsrs-rs {@code src/model.rs}, 17-weight versions:
 * {@code w7 (w4 - D) + D}); FSRS-5 moved the target to D0(4). Both new stabilities use the difficulty before the
 * review, as py-fsrs's FSRS-4.5 scheduler does ({@code next_ds} passes {@code last_d}); FSRS v4 used the new one.
 */
final class MemoryModel {

    static final double DECAY = -0.5;
    static final double FACTOR = 19.0 / 81.0;

    private final FsrsParameters p;

    MemoryModel(FsrsParameters parameters) {
        this.p = parameters;
    }

    /** R(t, S): the probability of recall {@code elapsedDays} after the last review. */
    static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    double initialStability(Rating g) {
        return p.w(g.grade() - 1);
    }

    double initialDifficulty(Rating g) {
        return clampDifficulty(p.w(4) - (g.grade() - 3) * p.w(5));
    }

    double nextDifficulty(double d, Rating g) {
        double stepped = d - p.w(6) * (g.grade() - 3);
        return clampDifficulty(p.w(7) * p.w(4) + (1 - p.w(7)) * stepped);
    }

    /** S'_r: stability after a successful recall (hard, good or easy). */
    double recallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? p.w(15) : 1;
        double easyBonus = g == Rating.EASY ? p.w(16) : 1;
        double increase = Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9)) * (Math.exp(p.w(10) * (1 - r)) - 1);
        return s * (increase * hardPenalty * easyBonus + 1);
    }

    /** S'_f: stability after forgetting (again). */
    double forgetStability(double d, double s, double r) {
        return p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1) * Math.exp(p.w(14) * (1 - r));
    }

    /** I(r, S) in whole days for the desired retention, between 1 and the maximum interval. */
    int intervalDays(double stability) {
        double days = stability / FACTOR * (Math.pow(p.desiredRetention(), 1 / DECAY) - 1);
        return (int) Math.max(1, Math.min(p.maximumInterval(), Math.round(days)));
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
