package dlprep.lab.ch3;

import dlprep.engine.nn.Parameter;
import dlprep.engine.optim.Adadelta;
import dlprep.engine.optim.Adagrad;
import dlprep.engine.optim.Adam;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.optim.RMSprop;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Contour;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.MarchingSquares;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

/**
 * An optimizer on a two-dimensional {@link Quadratic2D} from (−5, −2), the original's {@code train_2d}: one run per
 * learning rate of the original, each printed as {@code epoch 20, x1 ..., x2 ...} with its first iterates, and drawn
 * as a path over the contour lines (the original's {@code show_trace_2d} frame, [−5.5, 1] × [−3, 1]).
 *
 * <p>The path comes from the textbook rule written from scratch ({@link TextbookRules}); the engine's optimizer of the
 * same name runs beside it on a float32 parameter with the gradient from autograd, and the run reports the largest
 * difference between the two paths (relative to the point's size): float rounding, about 1e-7.
 *
 * <p>{@code --epochs} is the number of steps (20 in the original); {@code --lr} replaces the original's learning
 * rates by one run at the given rate (AdaDelta has no learning rate and rejects it). {@code --batch-size} and
 * {@code --limit} have no meaning here: there is no data.
 */
public final class Trajectory2D implements Experiment, Plotting {

    static final double[] START = {-5, -2};
    static final Panel.Range X1 = new Panel.Range(-5.5, 1);
    static final Panel.Range X2 = new Panel.Range(-3, 1);
    static final int STEPS = 20;

    private final String id;
    private final String description;
    private final Quadratic2D f;
    private final String method;
    private final String settings;
    private final double[] learningRates;
    private final DoubleFunction<UpdateRule> scratch;
    private final BiFunction<List<Parameter>, Double, Optimizer> engine;

    private Trajectory2D(String id, String description, Quadratic2D f, String method, String settings,
                         double[] learningRates, DoubleFunction<UpdateRule> scratch,
                         BiFunction<List<Parameter>, Double, Optimizer> engine) {
        this.id = id;
        this.description = description;
        this.f = f;
        this.method = method;
        this.settings = settings;
        this.learningRates = learningRates;
        this.scratch = scratch;
        this.engine = engine;
    }

    static Trajectory2D gradientDescent() {
        return new Trajectory2D("gd-2d", "gradient descent on x1^2 + 2 x2^2 from (-5, -2), lr 0.1, 20 steps; "
                + "contour plot with the path", Quadratic2D.ROUND, "gd", "", new double[] {0.1},
                TextbookRules::gradientDescent, SGD::new);
    }

    static Trajectory2D illConditioning() {
        return new Trajectory2D("ill-conditioning", "gradient descent on the ill-conditioned 0.1 x1^2 + 2 x2^2 "
                + "(condition number 20), lr 0.4 and 0.6 (diverges: above 2/L = 0.5)", Quadratic2D.ILL_CONDITIONED, "gd",
                "", new double[] {0.4, 0.6}, TextbookRules::gradientDescent, SGD::new);
    }

    static Trajectory2D momentum() {
        return new Trajectory2D("momentum-2d", "momentum (beta 0.5) on 0.1 x1^2 + 2 x2^2, lr 0.4 and 0.6; scratch rule "
                + "vs the engine's SGD with momentum", Quadratic2D.ILL_CONDITIONED, "momentum", "beta 0.5",
                new double[] {0.4, 0.6}, lr -> TextbookRules.momentum(lr, 0.5),
                (params, lr) -> new SGD(params, lr).momentum(0.5));
    }

    static Trajectory2D nesterov() {
        return new Trajectory2D("nesterov-2d", "Nesterov momentum (beta 0.5) on 0.1 x1^2 + 2 x2^2, lr 0.3 and 0.4 "
                + "(diverges: above 1.5/L = 0.375); look-ahead rule vs the engine's SGD(nesterov)",
                Quadratic2D.ILL_CONDITIONED, "nesterov", "beta 0.5", new double[] {0.3, 0.4}, lr -> TextbookRules.nesterov(lr, 0.5),
                (params, lr) -> new SGD(params, lr).momentum(0.5).nesterov(true));
    }

    static Trajectory2D adagrad() {
        return new Trajectory2D("adagrad-2d", "AdaGrad (eps 1e-6) on 0.1 x1^2 + 2 x2^2, lr 0.4 and 2; scratch rule vs "
                + "the engine's Adagrad", Quadratic2D.ILL_CONDITIONED, "adagrad", "eps 1e-6", new double[] {0.4, 2},
                lr -> TextbookRules.adagrad(lr, 1e-6), (params, lr) -> new Adagrad(params, lr).eps(1e-6));
    }

    static Trajectory2D rmsprop() {
        return new Trajectory2D("rmsprop-2d", "RMSProp (gamma 0.9, eps 1e-6) on 0.1 x1^2 + 2 x2^2, lr 0.4; scratch rule "
                + "vs the engine's RMSprop", Quadratic2D.ILL_CONDITIONED, "rmsprop", "gamma 0.9, eps 1e-6",
                new double[] {0.4}, lr -> TextbookRules.rmsprop(lr, 0.9, 1e-6),
                (params, lr) -> new RMSprop(params, lr).alpha(0.9).eps(1e-6));
    }

    static Trajectory2D adadelta() {
        return new Trajectory2D("adadelta-2d", "AdaDelta (rho 0.9, eps 1e-6, no learning rate) on 0.1 x1^2 + 2 x2^2: "
                + "a slow start; scratch rule vs the engine's Adadelta", Quadratic2D.ILL_CONDITIONED, "adadelta",
                "rho 0.9, eps 1e-6", new double[0], lr -> TextbookRules.adadelta(0.9, 1e-6),
                (params, lr) -> new Adadelta(params, 1.0).rho(0.9).eps(1e-6));
    }

    static Trajectory2D adam() {
        return new Trajectory2D("adam-2d", "Adam (beta1 0.9, beta2 0.999, eps 1e-6) on 0.1 x1^2 + 2 x2^2, lr 0.4; "
                + "scratch rule with bias correction vs the engine's Adam", Quadratic2D.ILL_CONDITIONED, "adam",
                "beta1 0.9, beta2 0.999, eps 1e-6", new double[] {0.4},
                lr -> TextbookRules.adam(lr, 0.9, 0.999, 1e-6),
                (params, lr) -> new Adam(params, lr).betas(0.9, 0.999).eps(1e-6));
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
        return new Params(STEPS, usesLearningRate() ? learningRates[0] : 1, 1, 0, 0);
    }

    private boolean usesLearningRate() {
        return learningRates.length > 0;
    }

    /** One run: the scratch path, the same steps seen as the engine stores them, and the engine's own path. */
    record Run(String label, double[][] path, double[][] engineView, double[][] enginePath, double difference) {
    }

    /** The runs these params ask for: the original's learning rates, or the one given by {@code --lr}. */
    List<Run> runs(Params p) {
        if (usesLearningRate()) {
            UnusedOptions.reject(this, p, "it optimizes a function, no data", UnusedOptions.Option.BATCH_SIZE,
                    UnusedOptions.Option.LIMIT);
        } else {
            UnusedOptions.reject(this, p, "AdaDelta has no learning rate, and there is no data",
                    UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE, UnusedOptions.Option.LIMIT);
        }
        double[] rates = !usesLearningRate() ? new double[] {1}
                : p.lr() != defaults().lr() ? new double[] {p.lr()} : learningRates;
        List<Run> runs = new ArrayList<>();
        for (double lr : rates) {
            UpdateRule rule = scratch.apply(lr);
            double[][] path = new double[p.epochs() + 1][];
            double[][] view = new double[p.epochs() + 1][];
            double[] x = START.clone();
            path[0] = x.clone();
            view[0] = rule.engineView(x);
            for (int k = 1; k <= p.epochs(); k++) {
                rule.step(x, f::gradient);
                path[k] = x.clone();
                view[k] = rule.engineView(x);
            }
            double[][] enginePath = EngineTwin.path(f, START, params -> engine.apply(params, lr), p.epochs());
            String label = method + (usesLearningRate() ? " lr " + Iterates.number(lr) : "")
                    + (settings.isEmpty() ? "" : ", " + settings);
            runs.add(new Run(label, path, view, enginePath, EngineTwin.largestDifference(view, enginePath)));
        }
        return runs;
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        List<Run> runs = runs(p);
        Messages.say(listener, "%s from (-5, -2): Hessian diag(%s, %s), condition number %s; gradient descent "
                        + "converges for lr < 2/lambda_max = %s", f.formula(), Iterates.number(2 * f.a()),
                Iterates.number(2 * f.b()), Iterates.number(f.conditionNumber()), Iterates.number(f.stableLearningRateBound()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("condition_number", f.conditionNumber());
        double worst = 0;
        for (Run r : runs) {
            double[] end = r.path()[r.path().length - 1];
            Messages.say(listener, "%s: epoch %d, x1 %s, x2 %s", r.label(), p.epochs(), Iterates.decimal(end[0]),
                    Iterates.decimal(end[1]));
            Messages.say(listener, "  first iterates %s", Iterates.points(r.path(), 4));
            Messages.say(listener, "  engine twin: largest difference %.1e (relative)", r.difference());
            String key = r.label().replaceAll(",.*", "").replace(' ', '_');
            metrics.put(key + "_x1", end[0]);
            metrics.put(key + "_x2", end[1]);
            worst = Math.max(worst, r.difference());
        }
        metrics.put("engine_max_difference", worst);
        return metrics;
    }

    @Override
    public Figure figure(Params p) {
        List<Contour> contours = contours(f::value);
        List<Panel> panels = new ArrayList<>();
        for (Run r : runs(p)) {
            panels.add(new Panel(r.label(), "x1", "x2", X1, X2, List.of(Series.path("", r.path(),
                    Series.Style.LINE_AND_MARKERS)), contours));
        }
        return new Figure(id + ": " + f.formula(), Math.min(2, panels.size()), panels);
    }

    /** Contour lines of {@code g} over the frame, at levels growing as squares so the ellipses are evenly spaced. */
    static List<Contour> contours(java.util.function.DoubleBinaryOperator g) {
        double top = Math.max(Math.max(g.applyAsDouble(X1.min(), X2.min()), g.applyAsDouble(X1.max(), X2.max())),
                Math.max(g.applyAsDouble(X1.min(), X2.max()), g.applyAsDouble(X1.max(), X2.min())));
        double[] levels = new double[10];
        for (int k = 0; k < levels.length; k++) {
            double r = (k + 1.0) / levels.length;
            levels[k] = top * r * r;
        }
        return MarchingSquares.contours(g, X1, X2, 52, 32, levels);
    }
}
