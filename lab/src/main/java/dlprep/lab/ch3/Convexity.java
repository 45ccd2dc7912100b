package dlprep.lab.ch3;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.MarchingSquares;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The convexity demonstrations of the note, checked on random samples drawn from {@code --seed}:
 * <ul>
 *   <li>Jensen's inequality Σ αᵢ f(xᵢ) ≥ f(Σ αᵢ xᵢ) for {@value #TRIALS} random sets of {@value #POINTS} points in
 *       [−3, 3] with random weights summing to 1: never violated by the convex x² and eˣ, often by cos x;</li>
 *   <li>sublevel sets {f ≤ b}: for {@value #TRIALS} random pairs of points of the set, is the segment's midpoint in
 *       it? Always for the convex x1² + 2 x2² (b = 2), not for the original's counter-example
 *       0.5 x² + cos(2πy) (b = 0.5), whose sublevel set is a row of separate islands.</li>
 * </ul>
 * Nothing is trained: {@code --epochs}, {@code --lr}, {@code --batch-size} and {@code --limit} are rejected.
 */
public final class Convexity implements Experiment, Plotting {

    static final int TRIALS = 10_000;
    static final int POINTS = 5;
    static final DoubleBinaryOperator BOWL = Quadratic2D.ROUND::value;
    static final DoubleBinaryOperator ISLANDS = (x, y) -> 0.5 * x * x + Math.cos(2 * Math.PI * y);

    @Override
    public String id() {
        return "convexity";
    }

    @Override
    public String chapter() {
        return Chapter3.NAME;
    }

    @Override
    public String description() {
        return "convexity checked by sampling: Jensen's inequality for x^2, e^x and cos x; convex and non-convex "
                + "sublevel sets";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** Σ αᵢ f(xᵢ) − f(Σ αᵢ xᵢ): never negative for a convex f. */
    static double jensenGap(DoubleUnaryOperator f, double[] x, double[] alpha) {
        double mean = 0;
        double meanOfF = 0;
        for (int i = 0; i < x.length; i++) {
            mean += alpha[i] * x[i];
            meanOfF += alpha[i] * f.applyAsDouble(x[i]);
        }
        return meanOfF - f.applyAsDouble(mean);
    }

    /** How many of {@link #TRIALS} random point sets break Jensen's inequality for {@code f} (by more than rounding). */
    static int jensenViolations(DoubleUnaryOperator f, Generator g) {
        int violations = 0;
        for (int t = 0; t < TRIALS; t++) {
            double[] x = new double[POINTS];
            double[] alpha = new double[POINTS];
            double total = 0;
            for (int i = 0; i < POINTS; i++) {
                x[i] = -3 + 6 * g.uniform();
                alpha[i] = g.uniform();
                total += alpha[i];
            }
            for (int i = 0; i < POINTS; i++) {
                alpha[i] /= total;
            }
            violations += jensenGap(f, x, alpha) < -1e-12 ? 1 : 0;
        }
        return violations;
    }

    /**
     * How many of {@link #TRIALS} random pairs of points of {f ≤ level} within [−2, 2]² have their midpoint outside
     * the set; {@code witness} receives the last such pair (x1, y1, x2, y2), if any.
     */
    static int sublevelViolations(DoubleBinaryOperator f, double level, Generator g, double[] witness) {
        int violations = 0;
        for (int t = 0; t < TRIALS; t++) {
            double[] p = inside(f, level, g);
            double[] q = inside(f, level, g);
            if (f.applyAsDouble((p[0] + q[0]) / 2, (p[1] + q[1]) / 2) > level) {
                violations++;
                System.arraycopy(new double[] {p[0], p[1], q[0], q[1]}, 0, witness, 0, 4);
            }
        }
        return violations;
    }

    /** A uniform point of [−2, 2]² with f ≤ level, by rejection. */
    private static double[] inside(DoubleBinaryOperator f, double level, Generator g) {
        while (true) {
            double x = -2 + 4 * g.uniform();
            double y = -2 + 4 * g.uniform();
            if (f.applyAsDouble(x, y) <= level) {
                return new double[] {x, y};
            }
        }
    }

    private record Checks(int square, int exp, int cos, int bowl, int islands, double[] witness) {
    }

    private Checks check(Params p) {
        UnusedOptions.reject(this, p, "it samples points, with no training and no data", UnusedOptions.Option.EPOCHS,
                UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE, UnusedOptions.Option.LIMIT);
        Generator g = new Generator(p.seed());
        double[] witness = new double[4];
        int square = jensenViolations(x -> x * x, g);
        int exp = jensenViolations(Math::exp, g);
        int cos = jensenViolations(Math::cos, g);
        int bowl = sublevelViolations(BOWL, 2, g, new double[4]);
        int islands = sublevelViolations(ISLANDS, 0.5, g, witness);
        return new Checks(square, exp, cos, bowl, islands, witness);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        Checks c = check(p);
        Messages.say(listener, "Jensen, %d random sets of %d points in [-3, 3]: violated by x^2 %d times, e^x %d, "
                + "cos x %d", TRIALS, POINTS, c.square(), c.exp(), c.cos());
        Messages.say(listener, "sublevel sets, %d random pairs of points in the set: midpoint outside for "
                + "x1^2 + 2 x2^2 <= 2 %d times, 0.5 x^2 + cos(2 pi y) <= 0.5 %d times", TRIALS, c.bowl(), c.islands());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("jensen_violations_square", (double) c.square());
        metrics.put("jensen_violations_exp", (double) c.exp());
        metrics.put("jensen_violations_cos", (double) c.cos());
        metrics.put("sublevel_violations_bowl", (double) c.bowl());
        metrics.put("sublevel_violations_islands", (double) c.islands());
        return metrics;
    }

    @Override
    public Figure figure(Params p) {
        Checks c = check(p);
        Panel square = chord("convex: x^2, the chord lies above", x -> x * x, -1, 2);
        Panel cos = chord("not convex: cos x, the chord lies below", Math::cos, -1.5, 1.5);
        Panel.Range box = new Panel.Range(-2, 2);
        Panel bowl = new Panel("convex: x1^2 + 2 x2^2 <= 2", "x1", "x2", box, box, List.of(),
                MarchingSquares.contours(BOWL, box, box, 60, 60, 2));
        double[] w = c.witness();
        Panel islands = new Panel("not convex: 0.5 x^2 + cos(2 pi y) <= 0.5", "x", "y", box, box,
                List.of(new Series("midpoint outside", new double[] {w[0], (w[0] + w[2]) / 2, w[2]},
                        new double[] {w[1], (w[1] + w[3]) / 2, w[3]}, Series.Style.LINE_AND_MARKERS)),
                MarchingSquares.contours(ISLANDS, box, box, 60, 60, 0.5));
        return new Figure("convexity: chords and sublevel sets", 2, List.of(square, cos, bowl, islands));
    }

    /** The function over [−3, 3] and its chord between a and b. */
    private static Panel chord(String title, DoubleUnaryOperator f, double a, double b) {
        return Panel.fitting(title, "x", "f(x)", List.of(Series.function("f(x)", f, -3, 3, 200),
                new Series("chord", new double[] {a, b}, new double[] {f.applyAsDouble(a), f.applyAsDouble(b)},
                        Series.Style.LINE_AND_MARKERS)));
    }
}
