package dlprep.lab.ch3;

import dlprep.engine.tensor.Generator;
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
 * Conjugate gradient against steepest descent with exact line search, both minimizing f(x) = ½ xᵀAx − bᵀx (A
 * symmetric positive definite), counted in iterations until the residual r = b − Ax is below {@value #TOLERANCE} of
 * its start:
 * <ul>
 *   <li>the note's hand example, A = diag(2, 4) (f = x1² + 2 x2²), b = 0, from (−5, −2): conjugate gradient ends in
 *       2 steps (at most n), steepest descent zig-zags;</li>
 *   <li>a {@value #N}-dimensional A = Q diag(λ) Qᵀ with eigenvalues spread log-evenly over [1, {@value #KAPPA}]
 *       (condition number {@value #KAPPA}), Q a Householder reflection of a random vector and b random, both from
 *       {@code --seed}: steepest descent needs about (κ/2) ln(1/tol) steps, conjugate gradient about (√κ/2) ln(2/tol)
 *       (in exact arithmetic at most n; rounding makes it lose conjugacy and take a few more).</li>
 * </ul>
 * Nothing is trained and no data is read: {@code --epochs}, {@code --lr}, {@code --batch-size} and {@code --limit}
 * are rejected.
 */
public final class ConjugateGradient implements Experiment, Plotting {

    static final double TOLERANCE = 1e-8;
    static final int N = 50;
    static final double KAPPA = 100;
    static final int MAX_ITERATIONS = 100_000;

    @Override
    public String id() {
        return "conjugate-gradient";
    }

    @Override
    public String chapter() {
        return Chapter3.NAME;
    }

    @Override
    public String description() {
        return "conjugate gradient vs steepest descent (exact line search) on quadratics: iterations to a residual "
                + "of 1e-8";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** The iterates x0, x1, ... and the residual norms ‖r_k‖ of one method, until convergence. */
    record Solve(List<double[]> path, List<Double> residuals) {

        int iterations() {
            return path.size() - 1;
        }
    }

    /** Steepest descent: x ← x + α r with the exact step α = rᵀr / rᵀAr along the residual r = −∇f. */
    static Solve steepestDescent(double[][] a, double[] b, double[] x0) {
        double[] x = x0.clone();
        double[] r = residual(a, b, x);
        Solve s = new Solve(new ArrayList<>(List.of(x.clone())), new ArrayList<>(List.of(norm(r))));
        double stop = TOLERANCE * norm(r);
        while (norm(r) > stop && s.iterations() < MAX_ITERATIONS) {
            double[] ar = times(a, r);
            double alpha = dot(r, r) / dot(r, ar);
            for (int i = 0; i < x.length; i++) {
                x[i] += alpha * r[i];
                r[i] -= alpha * ar[i];
            }
            s.path().add(x.clone());
            s.residuals().add(norm(r));
        }
        return s;
    }

    /** Conjugate gradient (Hestenes and Stiefel): the formulas of the note, α = rᵀr / pᵀAp, β = r'ᵀr' / rᵀr. */
    static Solve conjugateGradient(double[][] a, double[] b, double[] x0) {
        double[] x = x0.clone();
        double[] r = residual(a, b, x);
        double[] p = r.clone();
        Solve s = new Solve(new ArrayList<>(List.of(x.clone())), new ArrayList<>(List.of(norm(r))));
        double stop = TOLERANCE * norm(r);
        while (norm(r) > stop && s.iterations() < MAX_ITERATIONS) {
            double[] ap = times(a, p);
            double rr = dot(r, r);
            double alpha = rr / dot(p, ap);
            for (int i = 0; i < x.length; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            double beta = dot(r, r) / rr;
            for (int i = 0; i < x.length; i++) {
                p[i] = r[i] + beta * p[i];
            }
            s.path().add(x.clone());
            s.residuals().add(norm(r));
        }
        return s;
    }

    /** A = Q diag(λ) Qᵀ, λ from 1 to {@link #KAPPA} evenly in log scale, Q = I − 2uuᵀ/uᵀu for a random u. */
    static double[][] illConditionedMatrix(Generator g) {
        double[] u = new double[N];
        for (int i = 0; i < N; i++) {
            u[i] = g.normal();
        }
        double uu = dot(u, u);
        double[][] q = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                q[i][j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / uu;
            }
        }
        double[][] a = new double[N][N];
        for (int k = 0; k < N; k++) {
            double lambda = Math.pow(KAPPA, k / (N - 1.0));
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    a[i][j] += lambda * q[i][k] * q[j][k];
                }
            }
        }
        return a;
    }

    static final double[][] ROUND = {{2, 0}, {0, 4}};

    private record Problems(Solve sd2, Solve cg2, Solve sdN, Solve cgN) {
    }

    private Problems solve(Params p) {
        UnusedOptions.reject(this, p, "it solves two fixed quadratics, with no training and no data",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        Generator g = new Generator(p.seed());
        double[][] a = illConditionedMatrix(g);
        double[] b = new double[N];
        for (int i = 0; i < N; i++) {
            b[i] = g.normal();
        }
        double[] zero = new double[N];
        return new Problems(steepestDescent(ROUND, new double[2], Trajectory2D.START),
                conjugateGradient(ROUND, new double[2], Trajectory2D.START), steepestDescent(a, b, zero),
                conjugateGradient(a, b, zero));
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        Problems s = solve(p);
        Messages.say(listener, "x1^2 + 2 x2^2 from (-5, -2): conjugate gradient %d iterations, steepest descent %d",
                s.cg2().iterations(), s.sd2().iterations());
        Messages.say(listener, "  conjugate gradient iterates %s", Iterates.points(s.cg2().path().toArray(double[][]::new), 3));
        Messages.say(listener, "  steepest descent first iterates %s",
                Iterates.points(s.sd2().path().toArray(double[][]::new), 4));
        Messages.say(listener, "%d-dimensional quadratic, condition number %s: conjugate gradient %d iterations, "
                        + "steepest descent %d (the bounds' estimates: sqrt(kappa)/2 ln(2/tol) = %.0f and "
                        + "kappa/2 ln(1/tol) = %.0f)", N, Iterates.number(KAPPA), s.cgN().iterations(), s.sdN().iterations(),
                Math.sqrt(KAPPA) / 2 * Math.log(2 / TOLERANCE), KAPPA / 2 * Math.log(1 / TOLERANCE));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("cg_iterations_2d", (double) s.cg2().iterations());
        metrics.put("sd_iterations_2d", (double) s.sd2().iterations());
        metrics.put("cg_iterations", (double) s.cgN().iterations());
        metrics.put("sd_iterations", (double) s.sdN().iterations());
        return metrics;
    }

    @Override
    public Figure figure(Params p) {
        Problems s = solve(p);
        Panel paths = new Panel("x1^2 + 2 x2^2 from (-5, -2)", "x1", "x2", Trajectory2D.X1, Trajectory2D.X2,
                List.of(Series.path("steepest descent", s.sd2().path().toArray(double[][]::new),
                                Series.Style.LINE_AND_MARKERS),
                        Series.path("conjugate gradient", s.cg2().path().toArray(double[][]::new),
                                Series.Style.LINE_AND_MARKERS)),
                Trajectory2D.contours(Quadratic2D.ROUND::value));
        Panel residuals = Panel.fitting(N + "-d quadratic, condition number " + Iterates.number(KAPPA), "iteration",
                "log10 residual", List.of(logResiduals("steepest descent", s.sdN()),
                        logResiduals("conjugate gradient", s.cgN())));
        return new Figure("conjugate-gradient: iterations to a residual of 1e-8", 2, List.of(paths, residuals));
    }

    private static Series logResiduals(String name, Solve s) {
        double[] k = new double[s.residuals().size()];
        double[] y = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = i;
            y[i] = Math.log10(s.residuals().get(i));
        }
        return new Series(name, k, y, Series.Style.LINE);
    }

    private static double[] residual(double[][] a, double[] b, double[] x) {
        double[] ax = times(a, x);
        double[] r = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i] - ax[i];
        }
        return r;
    }

    private static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], v);
        }
        return out;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }
}
