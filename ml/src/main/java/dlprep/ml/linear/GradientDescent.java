package dlprep.ml.linear;

import dlprep.engine.linalg.Norms;

/**
 * Full-batch gradient descent with the step 1/L, where L is a Lipschitz constant of the gradient
 * (||grad J(a) - grad J(b)|| <= L ||a - b||): for a convex J that step never overshoots, so no learning
 * rate has to be tuned. Optionally accelerated by Nesterov's momentum, which for convex problems improves
 * the rate from O(1/k) to O(1/k^2); momentum is reset whenever the gradient points against the last move
 * (adaptive restart, O'Donoghue and Candes 2015), which keeps it from overshooting around the minimum.
 */
final class GradientDescent {

    /** J's gradient at theta, written into {@code gradient}. */
    interface Gradient {
        void at(double[] theta, double[] gradient);
    }

    record Result(double[] theta, int iterations, boolean converged) {
    }

    private GradientDescent() {
    }

    /** Iterates until max |grad_i| <= tolerance or maxIterations steps. */
    static Result minimize(Gradient f, double[] start, double lipschitz, boolean nesterov, int maxIterations,
                           double tolerance) {
        int p = start.length;
        double[] x = start.clone();
        double[] previous = start.clone();
        double[] y = start.clone();
        double[] g = new double[p];
        double momentum = 1;
        for (int k = 0; k < maxIterations; k++) {
            f.at(y, g);
            if (Norms.lInfinity(g) <= tolerance) {
                return new Result(y, k, true);
            }
            System.arraycopy(x, 0, previous, 0, p);
            double along = 0;
            for (int i = 0; i < p; i++) {
                x[i] = y[i] - g[i] / lipschitz;
                along += g[i] * (x[i] - previous[i]);
            }
            if (!nesterov) {
                System.arraycopy(x, 0, y, 0, p);
                continue;
            }
            if (along > 0) {
                momentum = 1; // the gradient opposes the last step: restart the momentum
            }
            double next = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
            double beta = (momentum - 1) / next;
            momentum = next;
            for (int i = 0; i < p; i++) {
                y[i] = x[i] + beta * (x[i] - previous[i]);
            }
        }
        return new Result(y, maxIterations, false);
    }
}
