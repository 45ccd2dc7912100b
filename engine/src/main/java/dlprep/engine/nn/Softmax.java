package dlprep.engine.nn;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** exp(x) / sum(exp(x)) along {@code dim}, computed stably (see {@link Tensor#softmax}) ({@code nn.Softmax}). */
public final class Softmax extends Module {

    private final int dim;

    public Softmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.softmax(Shape.dim("Softmax", dim, x.dim()));
    }

    @Override
    protected String extraRepr() {
        return "dim=" + dim;
    }
}
