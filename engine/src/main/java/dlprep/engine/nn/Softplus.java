package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * log(1 + e^(beta x)) / beta elementwise, a smooth ReLU ({@code nn.Softplus}); where beta * x > 20 it
 * returns x itself, as PyTorch does with its default threshold.
 */
public final class Softplus extends Module {

    private final double beta;

    public Softplus() {
        this(1.0);
    }

    public Softplus(double beta) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("Softplus: beta must be positive, got " + beta);
        }
        this.beta = beta;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.softplus(beta);
    }

    @Override
    protected String extraRepr() {
        return "beta=" + Repr.number(beta) + ", threshold=20.0";
    }
}
