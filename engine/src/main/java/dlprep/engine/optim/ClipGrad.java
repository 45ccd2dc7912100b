package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.Tensor;

import java.util.List;

/**
 * Gradient clipping, called between {@code backward()} and {@code step()}, as PyTorch's
 * {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}. Clipping by norm keeps the
 * direction of the whole gradient and only bounds its length, the usual guard against exploding
 * gradients in RNNs; clipping by value bounds each element and so changes the direction.
 *
 * <p>Each clipped gradient is a new tensor set with {@code setGrad}: backward may hand one gradient tensor
 * to several parameters (the two operands of an addition receive the same upstream gradient), and
 * scaling it in place would scale it once per parameter.
 */
public final class ClipGrad {

    /** Added to the norm before dividing, as PyTorch, so a zero gradient does not divide by zero. */
    private static final double EPS = 1e-6;

    private ClipGrad() {
    }

    /** Clips by the total L2 norm; see {@link #clipGradNorm(List, double, double)}. */
    public static double clipGradNorm(List<Parameter> params, double maxNorm) {
        return clipGradNorm(params, maxNorm, 2);
    }

    /**
     * Treats the gradients of all {@code params} as one vector, computes its p-norm (p = {@code normType},
     * which may be {@code Double.POSITIVE_INFINITY} for the largest magnitude), and scales every gradient
     * by {@code maxNorm / (norm + 1e-6)} when that factor is below 1, i.e. when the norm exceeds
     * {@code maxNorm} (PyTorch's factor clamped to at most 1). Parameters without a gradient are skipped.
     * Returns the norm before clipping, which is worth logging.
     */
    public static double clipGradNorm(List<Parameter> params, double maxNorm, double normType) {
        if (!(maxNorm >= 0)) {
            throw new IllegalArgumentException("clipGradNorm: maxNorm must be at least 0, got " + maxNorm);
        }
        if (!(normType > 0)) {
            throw new IllegalArgumentException("clipGradNorm: normType must be positive, got " + normType);
        }
        boolean infinity = normType == Double.POSITIVE_INFINITY;
        double total = 0;
        for (Parameter p : params) {
            Tensor g = p.grad();
            for (int i = 0; g != null && i < g.numel(); i++) {
                double a = Math.abs(g.getFlat(i));
                total = infinity ? Math.max(total, a) : total + Math.pow(a, normType);
            }
        }
        double norm = infinity ? total : Math.pow(total, 1 / normType);
        double scale = Math.min(1.0, maxNorm / (norm + EPS));
        if (scale != 1) {
            for (Parameter p : params) {
                if (p.grad() != null) {
                    p.setGrad(p.grad().detach().mul(scale));
                }
            }
        }
        return norm;
    }

    /** Limits every gradient element to {@code [-clipValue, clipValue]}. */
    public static void clipGradValue(List<Parameter> params, double clipValue) {
        if (!(clipValue >= 0)) {
            throw new IllegalArgumentException("clipGradValue: clipValue must be at least 0, got " + clipValue);
        }
        for (Parameter p : params) {
            if (p.grad() != null) {
                p.setGrad(p.grad().detach().clamp(-clipValue, clipValue));
            }
        }
    }
}
