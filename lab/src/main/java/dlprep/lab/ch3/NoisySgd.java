package dlprep.lab.ch3;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Contour;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;

/**
 * "SGD" simulated on f = x1² + 2 x2² from (−5, −2), as the original did it: the exact gradient (2 x1, 4 x2) plus
 * noise on each component, x ← x − η_t (∇f(x) + ξ_t), with three learning-rate schedules η_t = η0 s(t), η0 = 0.1:
 * constant s = 1 for 50 steps, exponential s = exp(−0.1 t) for 1000 steps, polynomial s = (1 + 0.1 t)^−0.5 for
 * 50 steps.
 *
 * <p>The noise model is the original's {@code np.random.normal(0.1)}: its first argument is the mean, so
 * ξ ~ N(0.1, 1), drawn for x1 then x2 at every step from the engine's generator seeded with {@code --seed} (the
 * original was unseeded). Its step counter starts at 2, as the original's {@code ctr} (set to 1, incremented before
 * use). Besides the seeded run, the final point's mean and standard deviation over {@value #REPEATS} seeds are
 * printed, to compare with the note's exact values.
 *
 * <p>{@code --lr} sets η0; {@code --seed} the noise. The step counts are the original's, so {@code --epochs} is
 * rejected, and so are {@code --batch-size} and {@code --limit} (no data).
 */
public final class NoisySgd implements Experiment, Plotting {

    static final double NOISE_MEAN = 0.1;
    static final int REPEATS = 1000;

    /** A schedule s(t) and the number of steps the original ran it. */
    enum Schedule {
        CONSTANT("constant", 50, t -> 1), EXPONENTIAL("exponential", 1000, t -> Math.exp(-0.1 * t)),
        POLYNOMIAL("polynomial", 50, t -> Math.pow(1 + 0.1 * t, -0.5));

        final String label;
        final int steps;
        final IntToDoubleFunction factor;

        Schedule(String label, int steps, IntToDoubleFunction factor) {
            this.label = label;
            this.steps = steps;
            this.factor = factor;
        }
    }

    @Override
    public String id() {
        return "sgd-noise-decay";
    }

    @Override
    public String chapter() {
        return Chapter3.NAME;
    }

    @Override
    public String description() {
        return "noisy-gradient SGD on x1^2 + 2 x2^2 (noise N(0.1, 1), seeded) with constant, exponential and "
                + "polynomial learning-rate decay";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** The path of {@code schedule} with noise from {@code noise} (one draw per component and step). */
    static double[][] path(Schedule schedule, double lr0, DoubleSupplier noise) {
        double[][] path = new double[schedule.steps + 1][];
        double[] x = Trajectory2D.START.clone();
        path[0] = x.clone();
        for (int t = 1; t <= schedule.steps; t++) {
            double lr = lr0 * schedule.factor.applyAsDouble(t + 1);
            double[] g = Quadratic2D.ROUND.gradient(x);
            for (int i = 0; i < 2; i++) {
                x[i] -= lr * (g[i] + noise.getAsDouble());
            }
            path[t] = x.clone();
        }
        return path;
    }

    private static DoubleSupplier noise(long seed) {
        Generator g = new Generator(seed);
        return () -> NOISE_MEAN + g.normal();
    }

    private void check(Params p) {
        UnusedOptions.reject(this, p, "the step counts are the original's (50, 1000, 50) and there is no data",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.BATCH_SIZE, UnusedOptions.Option.LIMIT);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        check(p);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Schedule s : Schedule.values()) {
            double[][] path = path(s, p.lr(), noise(p.seed()));
            double[] end = path[s.steps];
            Messages.say(listener, "%s: epoch %d, x1 %s, x2 %s", s.label, s.steps, Iterates.decimal(end[0]),
                    Iterates.decimal(end[1]));
            Messages.say(listener, "  first iterates %s", Iterates.points(path, 4));
            double[] sum = new double[2];
            double[] squares = new double[2];
            for (int r = 0; r < REPEATS; r++) {
                double[] e = path(s, p.lr(), noise(p.seed() + 1 + r))[s.steps];
                for (int i = 0; i < 2; i++) {
                    sum[i] += e[i];
                    squares[i] += e[i] * e[i];
                }
            }
            double[] mean = {sum[0] / REPEATS, sum[1] / REPEATS};
            double[] std = {Math.sqrt(squares[0] / REPEATS - mean[0] * mean[0]),
                    Math.sqrt(squares[1] / REPEATS - mean[1] * mean[1])};
            Messages.say(listener, "  over %d seeds: x1 mean %.3f std %.3f, x2 mean %.3f std %.3f", REPEATS, mean[0],
                    std[0], mean[1], std[1]);
            metrics.put(s.label + "_x1", end[0]);
            metrics.put(s.label + "_x2", end[1]);
            metrics.put(s.label + "_x1_mean", mean[0]);
            metrics.put(s.label + "_x1_std", std[0]);
        }
        return metrics;
    }

    @Override
    public Figure figure(Params p) {
        check(p);
        List<Contour> contours = Trajectory2D.contours(Quadratic2D.ROUND::value);
        List<Panel> panels = new ArrayList<>();
        for (Schedule s : Schedule.values()) {
            panels.add(new Panel(s.label + " lr, " + s.steps + " steps", "x1", "x2", Trajectory2D.X1, Trajectory2D.X2,
                    List.of(Series.path("", path(s, p.lr(), noise(p.seed())),
                            s.steps <= 100 ? Series.Style.LINE_AND_MARKERS : Series.Style.LINE)),
                    contours));
        }
        return new Figure("sgd-noise-decay: gradient + N(0.1, 1) noise on x1^2 + 2 x2^2", 3, panels);
    }
}
