package dlprep.engine.nn;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * Inverted dropout (Srivastava et al., 2014, as PyTorch's {@code nn.Dropout}): in training each element is
 * zeroed with probability p and the survivors are scaled by 1/(1-p), so the expected output equals the input
 * and evaluation needs no rescaling; in evaluation the layer is the identity. The mask is drawn from
 * {@link Generator#global()}, so a seed repeats it.
 */
public final class Dropout extends Module {

    private final double p;

    public Dropout() {
        this(0.5);
    }

    public Dropout(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Dropout: probability has to be between 0 and 1, but got " + p);
        }
        this.p = p;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (!isTraining() || p == 0) {
            return x;
        }
        if (p == 1) {
            return x.mul(0.0);
        }
        Tensor keep = Tensor.rand(x.shape()).ge(p); // 1 with probability 1 - p
        return x.mul(keep).div(1 - p);
    }

    @Override
    protected String extraRepr() {
        return "p=" + Repr.number(p);
    }
}
