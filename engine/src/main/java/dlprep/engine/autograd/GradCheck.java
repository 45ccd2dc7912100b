package dlprep.engine.autograd;

import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Checks analytic gradients against central finite differences, in double precision (as
 * {@code torch.autograd.gradcheck}). Usable on any function of tensors:
 *
 * <pre>{@code GradCheck.check(in -> in[0].mul(in[1]).sum(), Tensor.randn(3, 4).requiresGrad(true),
 *                   Tensor.randn(4).requiresGrad(true));}</pre>
 *
 * <p>Every input is copied to float64; the inputs marked {@code requiresGrad} are the ones differentiated
 * (others, such as index tensors, are passed through). A non-scalar output y is reduced to the scalar
 * {@code L = sum(y * r)} with a fixed random r, so every element of the Jacobian takes part. For each
 * input element, the numeric derivative {@code (L(x + h) - L(x - h)) / 2h} is compared with the one
 * backward computed: they must agree within {@code atol + rtol * |numeric|}.
 */
public final class GradCheck {

    /** PyTorch's defaults for gradcheck. */
    public static final double EPS = 1e-6;
    public static final double ATOL = 1e-5;
    public static final double RTOL = 1e-3;

    private GradCheck() {
    }

    /** Checks a function of one tensor. Returns the largest absolute difference found. */
    public static double check(UnaryOperator<Tensor> f, Tensor x) {
        Function<Tensor[], Tensor> g = in -> f.apply(in[0]);
        return check(g, EPS, ATOL, RTOL, x);
    }

    /** Checks with PyTorch's default tolerances. Returns the largest absolute difference found. */
    public static double check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return check(f, EPS, ATOL, RTOL, inputs);
    }

    /**
     * Compares analytic and numeric gradients of {@code f} at {@code inputs}; throws
     * {@link GradCheckException} describing the worst element when they disagree.
     */
    public static double check(Function<Tensor[], Tensor> f, double eps, double atol, double rtol, Tensor... inputs) {
        Tensor[] x = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            x[i] = Tensor.wrap(inputs[i].toDoubleArray(), inputs[i].shape()).requiresGrad(inputs[i].requiresGrad());
        }
        Tensor y;
        try (Grad g = Grad.enabled()) {
            y = f.apply(x);
        }
        if (y.dtype() != DType.FLOAT64) {
            throw new GradCheckException("gradcheck: the function returned a float32 tensor from float64 inputs; "
                    + "it must compute in float64 throughout (create constants with the inputs' dtype)");
        }
        Tensor r = projection(y.shape());
        if (!y.requiresGrad()) {
            throw new GradCheckException("gradcheck: the output does not depend on any input that requires a gradient");
        }
        y.mul(r).sum().backward();

        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].requiresGrad()) {
                continue;
            }
            Tensor analytic = x[i].grad();
            for (int j = 0; j < x[i].numel(); j++) {
                double numeric = numericDerivative(f, x, i, j, r, eps);
                double exact = analytic == null ? 0 : analytic.getFlat(j);
                double diff = Math.abs(exact - numeric);
                worst = Math.max(worst, diff);
                if (!(diff <= atol + rtol * Math.abs(numeric))) {
                    throw new GradCheckException(String.format(java.util.Locale.ROOT,
                            "gradcheck: input %d (shape %s), element %d: backward gives %.8g but finite "
                                    + "differences give %.8g (difference %.3g, allowed %.3g)",
                            i, Shape.str(x[i].shape()), j, exact, numeric, diff, atol + rtol * Math.abs(numeric)));
                }
            }
        }
        return worst;
    }

    private static double numericDerivative(Function<Tensor[], Tensor> f, Tensor[] x, int i, int j, Tensor r,
                                            double eps) {
        double saved = x[i].getFlat(j);
        try (Grad g = Grad.disabled()) {
            x[i].setFlat(j, saved + eps);
            double plus = f.apply(x).mul(r).sum().item();
            x[i].setFlat(j, saved - eps);
            double minus = f.apply(x).mul(r).sum().item();
            return (plus - minus) / (2 * eps);
        } finally {
            x[i].setFlat(j, saved);
        }
    }

    /** A fixed random weighting of the output's elements (the same for every call, so checks repeat). */
    private static Tensor projection(int[] shape) {
        Generator g = new Generator(12345);
        double[] v = new double[Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = g.normal();
        }
        return Tensor.wrap(v, shape);
    }
}
