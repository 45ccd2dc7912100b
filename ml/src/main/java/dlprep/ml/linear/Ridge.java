package dlprep.ml.linear;

import dlprep.engine.linalg.Cholesky;
import dlprep.engine.linalg.Matrices;

import java.util.Locale;

/**
 * Ridge regression: least squares plus an L2 penalty on the weights, minimising
 * sum_i (y_i - w . x_i - b)^2 + alpha ||w||^2 (scikit-learn's {@code Ridge(alpha)}). The intercept b is not
 * penalised: shrinking it would make the fit depend on where the origin of y is. So the problem is
 * centered first and the weights solve (X_c^T X_c + alpha I) w = X_c^T y_c, which has a unique solution for
 * any alpha > 0, even with more features than rows or with collinear features: alpha I lifts every
 * eigenvalue of X_c^T X_c by alpha.
 */
public final class Ridge extends LeastSquaresModel {

    private final double alpha;

    public Ridge(double alpha) {
        super("Ridge");
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Ridge: alpha must be finite and >= 0, got " + alpha);
        }
        this.alpha = alpha;
    }

    public Ridge fit(double[][] x, double[] y) {
        CenteredData c = CenteredData.of("Ridge", x, y);
        double[][] xt = Matrices.transpose(c.x());
        double[][] gram = Matrices.multiply(xt, c.x());
        for (int j = 0; j < gram.length; j++) {
            gram[j][j] += alpha;
        }
        fitted(c, Cholesky.of(gram).solve(Matrices.multiply(xt, c.y())));
        return this;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Ridge(alpha=%g)", alpha);
    }
}
