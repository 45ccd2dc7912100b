package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Parametric ReLU (He et al., 2015), PReLU(x) = max(0, x) + a * min(0, x) with a learnable slope a
 * ({@code nn.PReLU}): one slope shared by every element, or one per channel (dimension 1 of the input).
 * The slopes start at {@code init} = 0.25.
 */
public final class PReLU extends Module {

    private final int numParameters;

    public PReLU() {
        this(1, 0.25);
    }

    public PReLU(int numParameters, double init) {
        if (numParameters < 1) {
            throw new IllegalArgumentException("PReLU: num_parameters must be positive, got " + numParameters);
        }
        this.numParameters = numParameters;
        registerParameter("weight", Tensor.full(init, numParameters));
    }

    /** The slopes a, of shape {@code [numParameters]}. */
    public Tensor weight() {
        return getParameter("weight");
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor a = weight();
        if (numParameters > 1) {
            if (x.dim() < 2 || x.size(1) != numParameters) {
                throw wrongInput("[N, " + numParameters + ", *]", x);
            }
            a = PerChannel.view(a, x.dim());
        }
        Tensor zero = Tensor.scalar(0, x.dtype());
        return x.relu().add(a.mul(x.minimum(zero)));
    }

    @Override
    protected String extraRepr() {
        return "num_parameters=" + numParameters;
    }
}
