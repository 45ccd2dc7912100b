package dlprep.ml.data;

import dlprep.engine.tensor.Generator;

import java.util.List;

/**
 * Two-dimensional toy sets whose clusters are connected but not compact, where k-means fails and connectivity
 * methods succeed (scikit-learn's {@code make_moons} and {@code make_circles}, drawn from this project's seeded
 * generator): points evenly spaced along each curve, plus Gaussian noise of the given standard deviation.
 */
public final class Shapes {

    private Shapes() {
    }

    /** Two interleaving half circles: the upper one centred at (0, 0), the lower one at (1, 0.5), both of radius 1. */
    public static LabeledData moons(int perMoon, double noise, long seed) {
        requireSize("moons", perMoon, noise);
        Generator g = new Generator(seed);
        double[][] x = new double[2 * perMoon][];
        int[] y = new int[2 * perMoon];
        for (int i = 0; i < perMoon; i++) {
            double t = Math.PI * i / (perMoon - 1);
            x[i] = new double[] {Math.cos(t) + noise * g.normal(), Math.sin(t) + noise * g.normal()};
            x[perMoon + i] = new double[] {1 - Math.cos(t) + noise * g.normal(), 0.5 - Math.sin(t) + noise * g.normal()};
            y[perMoon + i] = 1;
        }
        return new LabeledData("moons", x, y, List.of("x1", "x2"), List.of("upper", "lower"));
    }

    /** Two concentric rings: radius 1 (class 0) and radius {@code factor} < 1 (class 1). */
    public static LabeledData circles(int perRing, double factor, double noise, long seed) {
        requireSize("circles", perRing, noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("circles: factor = " + factor + "; the inner radius must be in (0, 1)");
        }
        Generator g = new Generator(seed);
        double[][] x = new double[2 * perRing][];
        int[] y = new int[2 * perRing];
        for (int i = 0; i < perRing; i++) {
            double t = 2 * Math.PI * i / perRing;
            x[i] = new double[] {Math.cos(t) + noise * g.normal(), Math.sin(t) + noise * g.normal()};
            x[perRing + i] = new double[] {factor * Math.cos(t) + noise * g.normal(),
                    factor * Math.sin(t) + noise * g.normal()};
            y[perRing + i] = 1;
        }
        return new LabeledData("circles", x, y, List.of("x1", "x2"), List.of("outer", "inner"));
    }

    private static void requireSize(String name, int perShape, double noise) {
        if (perShape < 2 || !(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(name + ": " + perShape + " points per shape, noise " + noise
                    + "; need at least 2 points per shape and a finite noise >= 0");
        }
    }
}
