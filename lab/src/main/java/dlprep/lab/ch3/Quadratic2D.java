package dlprep.lab.ch3;

import dlprep.engine.tensor.Tensor;

/**
 * f(x) = a x1² + b x2², the chapter's two-dimensional test function: x1² + 2 x2² for plain gradient descent and
 * the ill-conditioned 0.1 x1² + 2 x2² for the rest. Its Hessian is diag(2a, 2b), so its condition number is
 * max(a, b) / min(a, b) and gradient descent is stable for η below 2 / (2 max(a, b)).
 */
record Quadratic2D(double a, double b) {

    static final Quadratic2D ROUND = new Quadratic2D(1, 2);
    static final Quadratic2D ILL_CONDITIONED = new Quadratic2D(0.1, 2);

    double value(double x1, double x2) {
        return a * x1 * x1 + b * x2 * x2;
    }

    double[] gradient(double[] x) {
        return new double[] {2 * a * x[0], 2 * b * x[1]};
    }

    /** The same function on an engine tensor of two elements, for autograd. */
    Tensor value(Tensor x) {
        return x.square().mul(Tensor.of(new float[] {(float) a, (float) b})).sum();
    }

    double conditionNumber() {
        return Math.max(a, b) / Math.min(a, b);
    }

    /** The largest learning rate for which gradient descent converges: 2 / λmax with λmax = 2 max(a, b). */
    double stableLearningRateBound() {
        return 1 / Math.max(a, b);
    }

    String formula() {
        return "f = " + term(a, "x1^2") + " + " + term(b, "x2^2");
    }

    private static String term(double coefficient, String power) {
        return (coefficient == 1 ? "" : Iterates.number(coefficient) + " ") + power;
    }
}
