package dlprep.lab.math;

import dlprep.engine.linalg.LuDecomposition;
import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.Norms;
import dlprep.engine.linalg.Rank;
import dlprep.engine.linalg.SingularMatrixException;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Solving A x = b on Hilbert matrices H_ij = 1 / (i + j + 1), the textbook ill-conditioned family: the
 * condition number grows about 30-fold per row, and the relative error of x grows with it (roughly
 * kappa * eps), whatever the algorithm. Solving by LU beats multiplying by the inverse (which does more
 * work and rounds more). The determinant says nothing about this: 0.1 I of size 50 has determinant 1e-50
 * yet kappa = 1. And the numerical rank (singular values above a tolerance) drops below n once kappa
 * reaches 1 / eps. Finally an exactly singular matrix: LU names the column without a pivot.
 */
public final class LinearSystems implements Experiment {

    static final int[] SIZES = {4, 8, 12};

    @Override
    public String id() {
        return "math-linear-systems";
    }

    @Override
    public String chapter() {
        return MathChapter.NAME;
    }

    @Override
    public String description() {
        return "A x = b on Hilbert matrices: the error of x grows with the condition number, solve beats inverse, "
                + "the determinant does not measure singularity, numerical rank";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    static double[][] hilbert(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        return h;
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it solves fixed systems, with no training and no data",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Messages.say(listener, "Hilbert H_n, b = H_n * ones, so the exact x is all ones:");
        Messages.say(listener, "%4s %12s %12s %6s %14s %14s", "n", "cond(H)", "det(H)", "rank", "error LU solve",
                "error inv * b");
        for (int n : SIZES) {
            double[][] h = hilbert(n);
            double[] b = OnesSolution.rightHandSide(h);
            LuDecomposition lu = LuDecomposition.of(h);
            double solveError = OnesSolution.error(lu.solve(b));
            double inverseError = OnesSolution.error(Matrices.multiply(lu.inverse(), b));
            double cond = Norms.conditionNumber(h);
            int rank = Rank.of(h);
            Messages.say(listener, "%4d %12.3e %12.3e %6d %14.3e %14.3e", n, cond, lu.determinant(), rank, solveError,
                    inverseError);
            metrics.put("cond_" + n, cond);
            metrics.put("solve_error_" + n, solveError);
            metrics.put("inverse_error_" + n, inverseError);
            metrics.put("rank_" + n, (double) rank);
        }
        double[][] small = Matrices.scale(Matrices.identity(50), 0.1);
        double det = LuDecomposition.of(small).determinant();
        Messages.say(listener, "0.1 I (50 x 50): det %.3e, cond %.1f: a tiny determinant, a perfectly conditioned matrix",
                det, Norms.conditionNumber(small));
        metrics.put("det_tenth_identity_50", det);
        double[][] singular = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        try {
            LuDecomposition.of(singular).solve(new double[] {1, 2, 3});
        } catch (SingularMatrixException e) {
            Messages.say(listener, "[[1, 2, 3], [4, 5, 6], [7, 8, 9]] (rank %d): %s", Rank.of(singular), e.getMessage());
            metrics.put("singular_pivot_column", (double) e.pivotColumn());
        }
        return metrics;
    }
}
