package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Tensor;

/** Conversion between float32 and float64; the gradient is converted back. */
public final class Cast extends Function {

    private final DType from;

    private Cast(DType from) {
        super("to");
        this.from = from;
    }

    public static Tensor apply(Tensor x, DType target) {
        Tensor y = target == DType.FLOAT64 ? Tensor.wrap(x.toDoubleArray(), x.shape())
                : Tensor.wrap(x.toArray(), x.shape());
        return new Cast(x.dtype()).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.to(from)};
    }
}
