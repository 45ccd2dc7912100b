package dlprep.ml.linear;

import dlprep.engine.linalg.Cholesky;
import dlprep.engine.linalg.Matrices;
import dlprep.engine.linalg.QrDecomposition;

import java.util.Locale;

/**
 * Ordinary least squares with an intercept: y ~ X w + b, the w and b minimising sum_i (y_i - w . x_i - b)^2
 * (scikit-learn's {@code LinearRegression}). Two solvers for the same answer:
 *
 * <ul>
 *   <li>{@link Solver#NORMAL_EQUATIONS}: setting the gradient to zero gives X_c^T X_c w = X_c^T y_c, solved by
 *       Cholesky. Short, but X^T X squares the condition number of X.</li>
 *   <li>{@link Solver#QR}: Householder QR of X_c and R w = Q^T y_c, which works on X itself and keeps the digits
 *       the normal equations lose on nearly collinear features.</li>
 * </ul>
 *
 * Both fit on centered data ({@link CenteredData}), then recover b = mean(y) - mean(X) . w.
 */
public final class LinearRegression extends LeastSquaresModel {

    /** How the least-squares problem is solved. */
    public enum Solver { NORMAL_EQUATIONS, QR }

    private final Solver solver;

    public LinearRegression(Solver solver) {
        super("LinearRegression");
        this.solver = solver;
    }

    /** The QR solver, the stable default. */
    public LinearRegression() {
        this(Solver.QR);
    }

    /** Fits w and b to {@code x[n][d]} and {@code y[n]}; needs the centered columns to be linearly independent. */
    public LinearRegression fit(double[][] x, double[] y) {
        CenteredData c = CenteredData.of("LinearRegression", x, y);
        if (x.length <= x[0].length) {
            throw new IllegalArgumentException("LinearRegression.fit: " + x.length + " rows cannot determine "
                    + x[0].length + " weights and an intercept; need more rows than features (or use Ridge)");
        }
        double[] weights = switch (solver) {
            case NORMAL_EQUATIONS -> Cholesky.of(Matrices.multiply(Matrices.transpose(c.x()), c.x()))
                    .solve(Matrices.multiply(Matrices.transpose(c.x()), c.y()));
            case QR -> QrDecomposition.of(c.x()).solveLeastSquares(c.y());
        };
        fitted(c, weights);
        return this;
    }

    @Override
    public String toString() {
        return "LinearRegression(solver=" + solver.name().toLowerCase(Locale.ROOT) + ")";
    }
}
