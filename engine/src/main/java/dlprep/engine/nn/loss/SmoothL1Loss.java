package dlprep.engine.nn.loss;

import dlprep.engine.tensor.Tensor;

/**
 * Smooth L1 loss, as PyTorch's {@code SmoothL1Loss} (Fast R-CNN's box regression loss): with d = x - y,
 * <pre>    l = 0.5 d^2 / beta    if |d| &lt; beta
 *     l = |d| - 0.5 beta    otherwise</pre>
 * quadratic near zero (a gradient that shrinks with the error) and linear beyond beta (outliers pull with
 * slope 1). The two pieces meet with equal value and slope at |d| = beta. beta = 0 is the L1 loss.
 * {@link HuberLoss} with delta = beta is beta times this loss.
 */
public final class SmoothL1Loss extends Loss {

    private final double beta;

    public SmoothL1Loss() {
        this(Reduction.MEAN, 1.0);
    }

    /** In PyTorch's argument order; {@code beta} must be at least 0. */
    public SmoothL1Loss(Reduction reduction, double beta) {
        super(reduction);
        if (!(beta >= 0)) {
            throw new IllegalArgumentException(name() + ": beta must be at least 0, got " + beta);
        }
        this.beta = beta;
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkSameShape(input, target);
        Tensor d = input.sub(target);
        Tensor absolute = d.abs();
        if (beta == 0) {
            // The quadratic piece would divide by zero; as in PyTorch, beta = 0 is exactly L1.
            return reduce(absolute);
        }
        Tensor quadratic = d.square().mul(0.5 / beta);
        Tensor linear = absolute.sub(0.5 * beta);
        return reduce(Tensor.where(absolute.lt(beta), quadratic, linear));
    }
}
