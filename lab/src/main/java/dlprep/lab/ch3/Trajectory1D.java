package dlprep.lab.ch3;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-dimensional iterations from x0 = 10, the original's {@code gd} / {@code newton} with {@code show_trace}: each
 * run prints {@code epoch 10, x: [x0, x1, ...]} and is drawn as the function with its iterates.
 * <ul>
 *   <li>{@code gd-1d}: gradient descent x ← x − η f'(x) on x² with η 0.2, 0.05, 1.1, and on x cos(0.15πx) with
 *       η 0.2 and 2;</li>
 *   <li>{@code newton}: Newton's method x ← x − η f'(x) / f''(x) on cosh(0.5x) with η 1, and on x cos(0.15πx) with
 *       η 1 (the original's cell died with a NameError) and 0.5.</li>
 * </ul>
 * {@code --epochs} is the number of steps (10); {@code --lr} replaces the original's rates by one run of each
 * function at that rate. {@code --batch-size} and {@code --limit} have no meaning here.
 */
public final class Trajectory1D implements Experiment, Plotting {

    static final double X0 = 10;

    /** One run of the original: a function and a learning rate. */
    record Setting(Function1D function, double lr) {
    }

    private final String id;
    private final String description;
    private final boolean newton;
    private final List<Setting> settings;

    private Trajectory1D(String id, String description, boolean newton, List<Setting> settings) {
        this.id = id;
        this.description = description;
        this.newton = newton;
        this.settings = settings;
    }

    static Trajectory1D gradientDescent() {
        return new Trajectory1D("gd-1d", "gradient descent from x0 = 10, 10 steps: x^2 with lr 0.2, 0.05, 1.1 "
                + "(diverges); x cos(0.15 pi x) with lr 0.2 and 2", false, List.of(new Setting(Function1D.SQUARE, 0.2),
                new Setting(Function1D.SQUARE, 0.05), new Setting(Function1D.SQUARE, 1.1),
                new Setting(Function1D.X_COS, 0.2), new Setting(Function1D.X_COS, 2)));
    }

    static Trajectory1D newton() {
        return new Trajectory1D("newton", "Newton's method from x0 = 10, 10 steps: cosh(0.5 x) with lr 1; "
                + "x cos(0.15 pi x) with lr 1 (finds a maximum) and 0.5", true, List.of(new Setting(Function1D.COSH, 1),
                new Setting(Function1D.X_COS, 1), new Setting(Function1D.X_COS, 0.5)));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String chapter() {
        return Chapter3.NAME;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Params defaults() {
        return new Params(10, settings.get(0).lr(), 1, 0, 0);
    }

    /** A run's setting and its iterates x0 .. xN. */
    record Run(Setting setting, double[] xs) {

        String label() {
            return setting.function().formula() + ", lr " + Iterates.number(setting.lr());
        }
    }

    List<Run> runs(Params p) {
        UnusedOptions.reject(this, p, "it optimizes a function, no data", UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        List<Setting> chosen = settings;
        if (p.lr() != defaults().lr()) {
            chosen = settings.stream().map(Setting::function).distinct().map(fn -> new Setting(fn, p.lr())).toList();
        }
        List<Run> runs = new ArrayList<>();
        for (Setting s : chosen) {
            double[] xs = new double[p.epochs() + 1];
            xs[0] = X0;
            for (int k = 1; k <= p.epochs(); k++) {
                double x = xs[k - 1];
                double step = newton ? s.function().df().applyAsDouble(x) / s.function().d2f().applyAsDouble(x)
                        : s.function().df().applyAsDouble(x);
                xs[k] = x - s.lr() * step;
            }
            runs.add(new Run(s, xs));
        }
        return runs;
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Run r : runs(p)) {
            Messages.say(listener, "%s: epoch %d, x: %s", r.label(), p.epochs(), Iterates.list(r.xs()));
            metrics.put(r.label().replaceAll("[^A-Za-z0-9.]+", "_"), r.xs()[p.epochs()]);
        }
        return metrics;
    }

    @Override
    public Figure figure(Params p) {
        List<Panel> panels = new ArrayList<>();
        for (Run r : runs(p)) {
            double reach = 1.1 * java.util.Arrays.stream(r.xs()).filter(Double::isFinite).map(Math::abs).max().orElse(X0);
            Series curve = Series.function("f(x)", r.setting().function().f(), -reach, reach, 200);
            double[] fx = java.util.Arrays.stream(r.xs()).map(r.setting().function().f()).toArray();
            Series iterates = new Series("iterates", r.xs(), fx, Series.Style.LINE_AND_MARKERS);
            panels.add(Panel.fitting(r.label(), "x", "f(x)", List.of(curve, iterates)));
        }
        return new Figure(id + (newton ? ": Newton's method" : ": gradient descent") + " from x0 = 10", 2, panels);
    }
}
