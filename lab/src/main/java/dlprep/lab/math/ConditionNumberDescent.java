package dlprep.lab.math;

import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.Norms;
import dlprep.engine.linalg.SymmetricEigen;
import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The condition number decides how fast gradient descent converges. On f(x) = 1/2 x^T A x with A symmetric
 * positive definite (eigenvalues lambda_min..lambda_max, kappa = lambda_max / lambda_min), the step
 * x <- x - lr A x multiplies the error along eigenvector i by (1 - lr lambda_i). The best fixed step,
 * lr = 2 / (lambda_min + lambda_max), makes the worst factor (kappa - 1) / (kappa + 1), so reaching a
 * relative error eps takes about log(eps) / log((kappa - 1) / (kappa + 1)) ~ (kappa / 2) log(1 / eps) steps:
 * linear in kappa. For kappa = 1 one step lands on the minimum.
 *
 * <p>Here A = R diag(1, kappa) R^T with R a 30-degree rotation (so the valley is not axis-aligned), kappa
 * from 1 to 1000, measured by {@link Norms#conditionNumber}; the start is a standard-normal point from --seed.
 */
public final class ConditionNumberDescent implements Experiment {

    static final double[] KAPPAS = {1, 10, 100, 1000};
    static final double TOLERANCE = 1e-6;
    static final int MAX_STEPS = 100_000;

    @Override
    public String id() {
        return "math-condition-gd";
    }

    @Override
    public String chapter() {
        return MathChapter.NAME;
    }

    @Override
    public String description() {
        return "gradient descent with the best fixed step on 1/2 x^T A x for condition numbers 1 to 1000: the steps "
                + "to 1e-6 grow linearly with kappa, as (kappa - 1) / (kappa + 1) predicts";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** R diag(1, kappa) R^T for the rotation R by 30 degrees. */
    static double[][] quadratic(double kappa) {
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double[][] r = {{c, -s}, {s, c}};
        double[][] d = {{1, 0}, {0, kappa}};
        return Matrices.multiply(Matrices.multiply(r, d), Matrices.transpose(r));
    }

    /** Gradient steps x <- x - lr A x until ||x|| <= TOLERANCE ||x0||; the number of steps taken. */
    static int stepsToConverge(double[][] a, double lr, double[] x0) {
        double[] x = x0.clone();
        double target = TOLERANCE * Norms.l2(x0);
        for (int k = 0; k < MAX_STEPS; k++) {
            if (Norms.l2(x) <= target) {
                return k;
            }
            double[] g = Matrices.multiply(a, x);
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        }
        return MAX_STEPS;
    }

    /** ceil(log(eps) / log((kappa - 1) / (kappa + 1))): the worst-case step count of the best fixed step. */
    static int predictedSteps(double kappa) {
        if (kappa == 1) {
            return 1;
        }
        return (int) Math.ceil(Math.log(TOLERANCE) / Math.log((kappa - 1) / (kappa + 1)));
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "the step size is the optimal one, computed from the eigenvalues",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        Generator g = new Generator(p.seed());
        double[] x0 = {g.normal(), g.normal()};
        Messages.say(listener, "%8s %12s %10s %10s %10s", "kappa", "cond(A)", "lr", "steps", "bound");
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (double kappa : KAPPAS) {
            double[][] a = quadratic(kappa);
            double[] lambda = SymmetricEigen.of(a).eigenvalues();
            double lr = 2 / (lambda[0] + lambda[lambda.length - 1]);
            int steps = stepsToConverge(a, lr, x0);
            Messages.say(listener, "%8.0f %12.4f %10.6f %10d %10d", kappa, Norms.conditionNumber(a), lr, steps,
                    predictedSteps(kappa));
            metrics.put("steps_kappa_" + (int) kappa, (double) steps);
        }
        return metrics;
    }
}
