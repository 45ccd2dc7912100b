package dlprep.engine.autograd;

import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.function.UnaryOperator;

/**
 * Whole derivative matrices of a function of one vector, in float64, as {@code torch.autograd.functional}'s
 * {@code jacobian} and {@code hessian}, each beside its finite-difference counterpart so the two can be held
 * against each other (notes/01-math/03-numerical-computation.md).
 *
 * <ul>
 *   <li>Jacobian J_ij = d f_i / d x_j by reverse mode: backward from the one-hot upstream gradient e_i gives
 *       the row e_i^T J (a vector-Jacobian product), so m outputs cost m backward passes over one graph.</li>
 *   <li>Hessian H_ij = d^2 f / dx_i dx_j of a scalar f. The engine's backward is not itself recorded (no
 *       double backward), so the Hessian is the Jacobian of the autograd gradient taken by central differences,
 *       then symmetrised: error O(h^2) from one differencing instead of two.</li>
 * </ul>
 *
 * The function must compute in float64 throughout (constants created with the input's dtype).
 */
public final class Derivatives {

    /** A step for central differences of a smooth function: about eps^(1/3), balancing truncation and rounding. */
    public static final double STEP = 1e-5;

    private Derivatives() {
    }

    /** The m x n Jacobian of f: R^n -> R^m (any output shape, read row-major) at x, by autograd. */
    public static double[][] jacobian(UnaryOperator<Tensor> f, double[] x) {
        Tensor in = Tensor.wrap(x.clone(), x.length).requiresGrad(true);
        Tensor y;
        try (Grad g = Grad.enabled()) {
            y = f.apply(in);
        }
        requireFloat64("jacobian", y);
        int m = y.numel();
        double[][] jac = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] oneHot = new double[m];
            oneHot[i] = 1;
            in.zeroGrad();
            if (!y.requiresGrad()) {
                jac[i] = new double[x.length]; // the output does not depend on x at all
                continue;
            }
            y.backward(Tensor.wrap(oneHot, y.shape()), true);
            jac[i] = in.grad() == null ? new double[x.length] : in.grad().toDoubleArray();
        }
        return jac;
    }

    /** The gradient of a scalar f at x, by autograd (the one row of its Jacobian). */
    public static double[] gradient(UnaryOperator<Tensor> f, double[] x) {
        double[][] j = jacobian(f, x);
        if (j.length != 1) {
            throw new IllegalArgumentException("gradient: f returned " + j.length + " values; a gradient needs a "
                    + "scalar function (use jacobian for vector outputs)");
        }
        return j[0];
    }

    /** The Jacobian by central differences: column j is (f(x + h e_j) - f(x - h e_j)) / 2h. */
    public static double[][] numericJacobian(UnaryOperator<Tensor> f, double[] x, double h) {
        double[][] columns = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            double[] plus = value(f, shifted(x, j, h));
            double[] minus = value(f, shifted(x, j, -h));
            columns[j] = new double[plus.length];
            for (int i = 0; i < plus.length; i++) {
                columns[j][i] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        return transpose(columns);
    }

    /** The Hessian of a scalar f: central differences of the autograd gradient, symmetrised (H + H^T) / 2. */
    public static double[][] hessian(UnaryOperator<Tensor> f, double[] x, double h) {
        int n = x.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] plus = gradient(f, shifted(x, j, h));
            double[] minus = gradient(f, shifted(x, j, -h));
            columns[j] = new double[n];
            for (int i = 0; i < n; i++) {
                columns[j][i] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        return symmetrised(columns);
    }

    /**
     * The Hessian from values of f alone, by second differences:
     * H_ij = (f(x + h e_i + h e_j) - f(x + h e_i - h e_j) - f(x - h e_i + h e_j) + f(x - h e_i - h e_j)) / 4h^2.
     * Dividing by h^2 amplifies rounding more than dividing by h, so it needs a larger h than the gradient's.
     */
    public static double[][] numericHessian(UnaryOperator<Tensor> f, double[] x, double h) {
        int n = x.length;
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double pp = scalar(f, shifted(shifted(x, i, h), j, h));
                double pm = scalar(f, shifted(shifted(x, i, h), j, -h));
                double mp = scalar(f, shifted(shifted(x, i, -h), j, h));
                double mm = scalar(f, shifted(shifted(x, i, -h), j, -h));
                hess[i][j] = (pp - pm - mp + mm) / (4 * h * h);
                hess[j][i] = hess[i][j];
            }
        }
        return hess;
    }

    private static double[] value(UnaryOperator<Tensor> f, double[] x) {
        try (Grad g = Grad.disabled()) {
            Tensor y = f.apply(Tensor.wrap(x, x.length));
            requireFloat64("finite differences", y);
            return y.toDoubleArray();
        }
    }

    private static double scalar(UnaryOperator<Tensor> f, double[] x) {
        double[] y = value(f, x);
        if (y.length != 1) {
            throw new IllegalArgumentException("numericHessian: f returned " + y.length + " values; a Hessian needs a "
                    + "scalar function");
        }
        return y[0];
    }

    private static void requireFloat64(String op, Tensor y) {
        if (y.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException(op + ": f returned a float32 tensor of shape " + Shape.str(y.shape())
                    + " from a float64 input; compute in float64 throughout (create constants with the input's dtype)");
        }
    }

    private static double[] shifted(double[] x, int j, double h) {
        double[] s = x.clone();
        s[j] += h;
        return s;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] symmetrised(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = (a[i][j] + a[j][i]) / 2;
            }
        }
        return s;
    }
}
