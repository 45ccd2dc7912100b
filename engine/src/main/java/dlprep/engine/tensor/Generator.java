package dlprep.engine.tensor;

import java.util.SplittableRandom;

/**
 * The engine's seedable random number generator. Every random op draws from {@link #global()} unless given
 * its own generator; {@link #manualSeed(long)} makes a run repeat bit for bit (as {@code torch.manual_seed}).
 * Normal samples use the Box-Muller transform, so the stream of a seed is fixed by this class alone.
 */
public final class Generator {

    private static final Generator GLOBAL = new Generator(0x5EED_D1_9BL);

    private SplittableRandom random;
    private double spareNormal = Double.NaN;

    public Generator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The generator random ops use by default. */
    public static Generator global() {
        return GLOBAL;
    }

    /** Reseeds the global generator. */
    public static void manualSeed(long seed) {
        GLOBAL.seed(seed);
    }

    public synchronized void seed(long seed) {
        random = new SplittableRandom(seed);
        spareNormal = Double.NaN;
    }

    /** Uniform in {@code [0, 1)}. */
    public synchronized double uniform() {
        return random.nextDouble();
    }

    /** Uniform integer in {@code [low, high)}. */
    public synchronized long integer(long low, long high) {
        return random.nextLong(low, high);
    }

    /** Standard normal sample (Box-Muller; the second value of each pair is kept for the next call). */
    public synchronized double normal() {
        if (!Double.isNaN(spareNormal)) {
            double v = spareNormal;
            spareNormal = Double.NaN;
            return v;
        }
        double u1 = 1.0 - random.nextDouble(); // (0, 1], so the log is finite
        double u2 = random.nextDouble();
        double r = Math.sqrt(-2.0 * Math.log(u1));
        spareNormal = r * Math.sin(2 * Math.PI * u2);
        return r * Math.cos(2 * Math.PI * u2);
    }
}
