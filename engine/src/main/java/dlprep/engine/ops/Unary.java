package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.UnaryFn;
import dlprep.engine.kernels.UnaryKernels;
import dlprep.engine.tensor.Tensor;

/** An elementwise function of one tensor; backward multiplies by its derivative (see {@link UnaryFn}). */
public final class Unary extends Function {

    private final UnaryFn fn;
    private final double p;
    private final Tensor x;
    private final Tensor y;

    private Unary(UnaryFn fn, double p, Tensor x, Tensor y) {
        super(fn.opName());
        this.fn = fn;
        this.p = p;
        this.x = x;
        this.y = y;
    }

    public static Tensor apply(UnaryFn fn, double p, Tensor x) {
        Tensor y = Tensor.zerosLike(x);
        if (x.isFloat64()) {
            UnaryKernels.forward(fn, p, x.doubleData(), y.doubleData());
        } else {
            UnaryKernels.forward(fn, p, x.floatData(), y.floatData());
        }
        return new Unary(fn, p, x, y).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = Tensor.zerosLike(x);
        if (x.isFloat64()) {
            UnaryKernels.backward(fn, p, x.doubleData(), y.doubleData(), g.doubleData(), dx.doubleData());
        } else {
            UnaryKernels.backward(fn, p, x.floatData(), y.floatData(), g.floatData(), dx.floatData());
        }
        return new Tensor[] {dx};
    }
}
