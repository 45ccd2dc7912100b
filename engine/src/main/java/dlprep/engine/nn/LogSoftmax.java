package dlprep.engine.nn;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** log(softmax(x)) along {@code dim}, computed stably (see {@link Tensor#logSoftmax}) ({@code nn.LogSoftmax}). */
public final class LogSoftmax extends Module {

    private final int dim;

    public LogSoftmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.logSoftmax(Shape.dim("LogSoftmax", dim, x.dim()));
    }

    @Override
    protected String extraRepr() {
        return "dim=" + dim;
    }
}
