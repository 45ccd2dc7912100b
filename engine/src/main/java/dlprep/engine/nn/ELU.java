package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** Exponential linear unit: x for x > 0 and alpha * (e^x - 1) otherwise, elementwise ({@code nn.ELU}). */
public final class ELU extends Module {

    private final double alpha;

    public ELU() {
        this(1.0);
    }

    public ELU(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.elu(alpha);
    }

    @Override
    protected String extraRepr() {
        return "alpha=" + Repr.number(alpha);
    }
}
