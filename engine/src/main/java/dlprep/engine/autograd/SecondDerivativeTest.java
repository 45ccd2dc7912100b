package dlprep.engine.autograd;

import dlprep.engine.linalg.SymmetricEigen;

/**
 * The second-derivative test at a critical point (gradient zero) of a twice-differentiable f: near x*,
 * f(x* + d) ~ f(x*) + 1/2 d^T H d, so the signs of the Hessian's eigenvalues decide. All positive: every
 * direction curves up, a local minimum. All negative: a local maximum. Both signs: a saddle point. A zero
 * eigenvalue (within the tolerance) leaves it open: the quadratic term is flat along that direction and
 * higher-order terms decide (x^4 has a minimum at 0, x^3 none, both with f'' = 0).
 */
public final class SecondDerivativeTest {

    /** What the Hessian says about a critical point. */
    public enum Verdict { LOCAL_MINIMUM, LOCAL_MAXIMUM, SADDLE_POINT, INCONCLUSIVE }

    private SecondDerivativeTest() {
    }

    /** Classifies by the eigenvalues of the (symmetric) Hessian; |lambda| <= tolerance counts as zero. */
    public static Verdict classify(double[][] hessian, double tolerance) {
        double[] lambda = SymmetricEigen.of(hessian).eigenvalues(); // descending
        boolean up = lambda[0] > tolerance;
        boolean down = lambda[lambda.length - 1] < -tolerance;
        boolean flat = false;
        for (double l : lambda) {
            flat |= Math.abs(l) <= tolerance;
        }
        if (up && down) {
            return Verdict.SADDLE_POINT;
        }
        if (flat) {
            return Verdict.INCONCLUSIVE;
        }
        return up ? Verdict.LOCAL_MINIMUM : Verdict.LOCAL_MAXIMUM;
    }
}
