package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** x for x > 0 and negativeSlope * x otherwise, elementwise ({@code nn.LeakyReLU}). */
public final class LeakyReLU extends Module {

    private final double negativeSlope;

    public LeakyReLU() {
        this(0.01);
    }

    public LeakyReLU(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.leakyRelu(negativeSlope);
    }

    @Override
    protected String extraRepr() {
        return "negative_slope=" + Repr.number(negativeSlope);
    }
}
