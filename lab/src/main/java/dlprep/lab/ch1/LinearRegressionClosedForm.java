package dlprep.lab.ch1;

import dlprep.engine.data.TensorDataset;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;
import dlprep.lab.math.OnesSolution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linear regression in closed form, the least-squares solution of the original notebook's 最小二乘法 section:
 * w = (X^T X)^-1 X^T y by the normal equations (Cholesky), and the numerically stable way by Householder QR
 * ({@link LeastSquares}). Both on the linear-regression data, where they agree; then both on a polynomial
 * (Vandermonde) design with cond(A) near 1e8, where the normal equations lose every digit and QR keeps
 * about eight. No training loop: {@code --limit} caps the examples, the other options do not apply.
 */
public final class LinearRegressionClosedForm implements Experiment {

    /** The ill-conditioned demonstration: the basis 1, t, ..., t^11 at 50 evenly spaced points of [0, 1]. */
    private static final int VANDERMONDE_POINTS = 50;
    private static final int VANDERMONDE_COLUMNS = 12;

    @Override
    public String id() {
        return "linreg-closed-form";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "least squares in closed form: normal equations vs Householder QR, on the data and on an "
                + "ill-conditioned design";
    }

    @Override
    public Params defaults() {
        return new Params(1, 1, 1, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.rejectTrainingOptions(this, p);
        TensorDataset data = LinearRegressionProblem.trainingSet(p);
        int n = data.size();
        if (n < 3) {
            throw new IllegalArgumentException("--limit must be at least 3 for " + id()
                    + ": the 3 unknowns w1, w2, b need at least 3 examples, got " + n);
        }
        listener.onEvent(new TrainingEvent.Started(0, 0));
        float[] x = data.features().floatData();
        float[] y = data.labels().floatData();
        double[][] a = new double[n][];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = new double[] {x[2 * i], x[2 * i + 1], 1}; // the column of ones makes the bias the third unknown
            b[i] = y[i];
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        double cond = LeastSquares.conditionNumber(a);
        Messages.say(listener, "linear regression, %d examples, cond(A) = %.3g:", n, cond);
        Messages.say(listener, "  %-17s %9s %9s %9s %10s %10s", "method", "w1", "w2", "b", "w_error", "b_error");
        metrics.putAll(report(listener, "normal equations", "normal_", LeastSquares.normalEquations(a, b)));
        metrics.putAll(report(listener, "Householder QR", "qr_", LeastSquares.qr(a, b)));
        metrics.put("cond", cond);

        double[][] v = vandermonde(VANDERMONDE_POINTS, VANDERMONDE_COLUMNS);
        double[] exact = OnesSolution.rightHandSide(v);
        double vCond = LeastSquares.conditionNumber(v);
        double normalError = OnesSolution.error(LeastSquares.normalEquations(v, exact));
        double qrError = OnesSolution.error(LeastSquares.qr(v, exact));
        Messages.say(listener, "polynomial basis 1, t, ..., t^%d at %d points of [0, 1], exact fit with every coefficient 1:",
                VANDERMONDE_COLUMNS - 1, VANDERMONDE_POINTS);
        Messages.say(listener, "  cond(A) = %.3g, cond(A^T A) = cond(A)^2 = %.3g (1 / eps = %.3g)", vCond, vCond * vCond,
                1 / Math.ulp(1.0));
        Messages.say(listener, "  normal equations: largest coefficient error %.3g", normalError);
        Messages.say(listener, "  Householder QR:   largest coefficient error %.3g", qrError);
        metrics.put("vandermonde_cond", vCond);
        metrics.put("vandermonde_normal_error", normalError);
        metrics.put("vandermonde_qr_error", qrError);
        return metrics;
    }

    private static Map<String, Double> report(ProgressListener listener, String method, String prefix, double[] wb) {
        Map<String, Double> errors = LinearRegressionProblem.errors(prefix, wb, wb[2]);
        Messages.say(listener, "  %-17s %9.5f %9.5f %9.5f %10.2e %10.2e", method, wb[0], wb[1], wb[2],
                errors.get(prefix + "w_error"), errors.get(prefix + "b_error"));
        return errors;
    }

    /** The design matrix of polynomial regression: row i holds t_i^0 .. t_i^(columns-1), t_i = i / (points - 1). */
    static double[][] vandermonde(int points, int columns) {
        double[][] a = new double[points][columns];
        for (int i = 0; i < points; i++) {
            double t = (double) i / (points - 1);
            double power = 1;
            for (int j = 0; j < columns; j++) {
                a[i][j] = power;
                power *= t;
            }
        }
        return a;
    }
}
