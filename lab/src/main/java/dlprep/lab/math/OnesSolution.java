package dlprep.lab.math;

/**
 * A linear system made so that its exact solution is the vector of ones: b = A * 1 (each row's sum). Solving
 * it numerically and measuring how far the answer is from all ones shows the digits a method loses, with no
 * reference solution to compute; the Hilbert demo and chapter 1's closed-form comparison both use it.
 */
public final class OnesSolution {

    private OnesSolution() {
    }

    /** b = A * 1: the right-hand side whose exact solution is all ones. */
    public static double[] rightHandSide(double[][] a) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (double v : a[i]) {
                b[i] += v;
            }
        }
        return b;
    }

    /** max_j |x_j - 1|: the error of a computed solution. */
    public static double error(double[] x) {
        double worst = 0;
        for (double v : x) {
            worst = Math.max(worst, Math.abs(v - 1));
        }
        return worst;
    }
}
