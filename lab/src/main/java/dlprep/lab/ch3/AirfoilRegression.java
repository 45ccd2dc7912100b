package dlprep.lab.ch3;

import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Parameter;
import dlprep.engine.nn.loss.MSELoss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Linear regression on the {@link AirfoilSelfNoise} table, the original's {@code train_ch7} / {@code train_pytorch_ch7}:
 * a model y = xᵀw + b, loss ½ mean((xᵀw + b − y)²), weights drawn from N(0, 0.01²) and b = 0, the rows shuffled every
 * epoch, and the loss on all rows recorded at the start and after every 100 examples (and at each epoch's end), as a
 * point of the loss-versus-epoch curve.
 *
 * <p>Each method trains twice from the same weights over the same shuffled order: once with its textbook rule on
 * doubles ({@link TextbookRules}, the gradient written out), once with the engine (an {@code nn.Linear(5, 1)},
 * {@code MSELoss} halved, autograd, the optimizer of the same name, float32). The two curves must agree to float
 * precision.
 */
final class AirfoilRegression {

    /** How often the original evaluates the loss on all rows, in examples. */
    static final int EVAL_EVERY = 100;

    private AirfoilRegression() {
    }

    /** A method of a comparison: a batch size of 0 means all rows (gradient descent). */
    record Method(String name, String settings, int batchSize, Supplier<UpdateRule> scratch,
                  Function<List<Parameter>, Optimizer> engine) {
    }

    /** Loss after {@code epochs[k]} epochs (fractional) is {@code loss[k]}; the seconds each epoch took. */
    record Curve(double[] epochs, double[] loss, double[] epochSeconds) {

        double last() {
            return loss[loss.length - 1];
        }

        double secondsPerEpoch() {
            return java.util.Arrays.stream(epochSeconds).sum() / epochSeconds.length;
        }
    }

    /** A method's two curves and the largest difference between them, relative to max(1, loss). */
    record Result(Method method, Curve scratch, Curve engine, double difference) {
    }

    /** Trains every method both ways on the first {@code n} rows for {@code epochs} epochs. */
    static List<Result> compare(AirfoilSelfNoise.Table table, int n, List<Method> methods, int epochs, long seed) {
        Generator g = new Generator(seed);
        double[] theta0 = new double[AirfoilSelfNoise.FEATURES + 1];
        for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
            theta0[j] = 0.01 * g.normal();
        }
        int[][] orders = new int[epochs][];
        for (int e = 0; e < epochs; e++) {
            orders[e] = permutation(n, g);
        }
        List<Result> results = new ArrayList<>();
        for (Method m : methods) {
            Curve scratch = scratch(table, n, m, theta0, orders);
            Curve engine = engine(table, n, m, theta0, orders);
            double worst = 0;
            for (int k = 0; k < scratch.loss().length; k++) {
                worst = Math.max(worst, Math.abs(scratch.loss()[k] - engine.loss()[k]) / Math.max(1, scratch.loss()[k]));
            }
            results.add(new Result(m, scratch, engine, worst));
        }
        return results;
    }

    /** ½ mean over the first {@code n} rows of (xᵀw + b − y)², θ = (w, b). */
    static double loss(AirfoilSelfNoise.Table t, int n, double[] theta) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = residual(t, i, theta);
            s += r * r;
        }
        return s / (2 * n);
    }

    /** The gradient of ½ mean over {@code rows} of (xᵀw + b − y)²: mean of r x for w, mean of r for b. */
    static double[] gradient(AirfoilSelfNoise.Table t, int[] rows, double[] theta) {
        double[] g = new double[theta.length];
        for (int i : rows) {
            double r = residual(t, i, theta);
            for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
                g[j] += r * t.features()[i][j] / rows.length;
            }
            g[AirfoilSelfNoise.FEATURES] += r / rows.length;
        }
        return g;
    }

    private static double residual(AirfoilSelfNoise.Table t, int i, double[] theta) {
        double p = theta[AirfoilSelfNoise.FEATURES];
        for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
            p += theta[j] * t.features()[i][j];
        }
        return p - t.labels()[i];
    }

    /** The same loop for both implementations: {@code step} takes one batch of row indices and returns θ after it. */
    private static Curve train(AirfoilSelfNoise.Table t, int n, Method m, double[] theta0, int[][] orders,
                               Function<int[], double[]> step) {
        int batch = m.batchSize() == 0 ? n : Math.min(m.batchSize(), n);
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, loss(t, n, theta0)});
        double[] seconds = new double[orders.length];
        for (int e = 0; e < orders.length; e++) {
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += batch) {
                double[] theta = step.apply(java.util.Arrays.copyOfRange(orders[e], from, Math.min(n, from + batch)));
                int seen = Math.min(n, from + batch);
                if (seen % EVAL_EVERY == 0 || seen == n) {
                    points.add(new double[] {e + (double) seen / n, loss(t, n, theta)});
                }
            }
            seconds[e] = (System.nanoTime() - t0) / 1e9;
        }
        return new Curve(points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray(),
                seconds);
    }

    static Curve scratch(AirfoilSelfNoise.Table t, int n, Method m, double[] theta0, int[][] orders) {
        UpdateRule rule = m.scratch().get();
        double[] theta = theta0.clone();
        return train(t, n, m, theta0, orders, rows -> {
            rule.step(theta, at -> gradient(t, rows, at));
            return theta;
        });
    }

    static Curve engine(AirfoilSelfNoise.Table t, int n, Method m, double[] theta0, int[][] orders) {
        Linear net = new Linear(AirfoilSelfNoise.FEATURES, 1);
        float[] w = net.weight().floatData();
        for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
            w[j] = (float) theta0[j];
        }
        net.bias().floatData()[0] = (float) theta0[AirfoilSelfNoise.FEATURES];
        Optimizer opt = m.engine().apply(net.parameters());
        MSELoss mse = new MSELoss();
        return train(t, n, m, theta0, orders, rows -> {
            float[] x = new float[rows.length * AirfoilSelfNoise.FEATURES];
            float[] y = new float[rows.length];
            for (int r = 0; r < rows.length; r++) {
                for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
                    x[r * AirfoilSelfNoise.FEATURES + j] = (float) t.features()[rows[r]][j];
                }
                y[r] = (float) t.labels()[rows[r]];
            }
            opt.zeroGrad();
            mse.forward(net.forward(Tensor.of(x, rows.length, AirfoilSelfNoise.FEATURES)), Tensor.of(y, rows.length, 1))
                    .mul(0.5).backward();
            opt.step();
            double[] theta = new double[AirfoilSelfNoise.FEATURES + 1];
            for (int j = 0; j < AirfoilSelfNoise.FEATURES; j++) {
                theta[j] = w[j];
            }
            theta[AirfoilSelfNoise.FEATURES] = net.bias().floatData()[0];
            return theta;
        });
    }

    /** A uniformly random order of 0 .. n−1 (Fisher-Yates). */
    static int[] permutation(int n, Generator g) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) g.integer(0, i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /** Loss-versus-epoch panels: the scratch curves, and the engine's beside them in the same colours. */
    static List<Panel> panels(List<Result> results) {
        List<Series> scratch = new ArrayList<>();
        List<Series> engine = new ArrayList<>();
        for (Result r : results) {
            scratch.add(new Series(r.method().name(), r.scratch().epochs(), r.scratch().loss(), Series.Style.LINE));
            engine.add(new Series(r.method().name(), r.engine().epochs(), r.engine().loss(), Series.Style.LINE_AND_MARKERS));
        }
        Panel left = Panel.fitting("textbook rules from scratch", "epoch", "loss", scratch);
        Panel right = Panel.fitting("the engine's optimizers", "epoch", "loss", engine);
        Panel.Range y = new Panel.Range(Math.min(left.y().min(), right.y().min()), Math.max(left.y().max(), right.y().max()));
        return List.of(new Panel(left.title(), "epoch", "loss", left.x(), y, scratch, List.of()),
                new Panel(right.title(), "epoch", "loss", right.x(), y, engine, List.of()));
    }
}
