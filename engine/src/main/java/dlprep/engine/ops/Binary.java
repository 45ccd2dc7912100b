package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.BinaryFn;
import dlprep.engine.kernels.BinaryKernels;
import dlprep.engine.kernels.BroadcastPlan;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * An elementwise function of two tensors with NumPy broadcasting. In backward each operand's gradient is
 * computed over the output shape and then summed down to the operand's own shape: broadcasting copied
 * the operand, so its gradient gathers every copy's contribution.
 */
public final class Binary extends Function {

    private final BinaryFn fn;
    private final Tensor a;
    private final Tensor b;
    private final Tensor y;
    private final BroadcastPlan plan;

    private Binary(BinaryFn fn, Tensor a, Tensor b, Tensor y, BroadcastPlan plan) {
        super(fn.opName());
        this.fn = fn;
        this.a = a;
        this.b = b;
        this.y = y;
        this.plan = plan;
    }

    public static Tensor apply(BinaryFn fn, Tensor a, Tensor b) {
        DType t = DType.promote(a.dtype(), b.dtype());
        Tensor ac = a.to(t);
        Tensor bc = b.to(t);
        int[] shape = Shape.broadcast(fn.opName(), a.shape(), b.shape());
        BroadcastPlan plan = BroadcastPlan.of(shape, Shape.broadcastStrides(a.shape(), shape),
                Shape.broadcastStrides(b.shape(), shape));
        Tensor y = Tensor.zeros(t, shape);
        if (y.numel() > 0) {
            if (t == DType.FLOAT64) {
                BinaryKernels.forward(fn, plan, ac.doubleData(), bc.doubleData(), y.doubleData());
            } else {
                BinaryKernels.forward(fn, plan, ac.floatData(), bc.floatData(), y.floatData());
            }
        }
        return fn.isComparison() ? y : new Binary(fn, ac, bc, y, plan).record(y, ac, bc);
    }

    /** A comparison: a tensor of ones where it holds and zeros elsewhere, outside the graph. */
    public static Tensor compare(BinaryFn fn, Tensor a, Tensor b) {
        if (!fn.isComparison()) {
            throw new IllegalArgumentException(fn.opName() + " is not a comparison");
        }
        return apply(fn, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor ga = needsGrad(0) ? Sum.toShape(gradient(true, g), a.shape()) : null;
        Tensor gb = needsGrad(1) ? Sum.toShape(gradient(false, g), b.shape()) : null;
        return new Tensor[] {ga, gb};
    }

    private Tensor gradient(boolean wrtA, Tensor g) {
        if (fn == BinaryFn.ADD || (fn == BinaryFn.SUB && wrtA)) {
            return g;
        }
        if (fn == BinaryFn.SUB) {
            return g.neg();
        }
        Tensor out = Tensor.zerosLike(g);
        if (out.numel() == 0) {
            return out;
        }
        if (g.isFloat64()) {
            BinaryKernels.gradient(fn, wrtA, plan, a.doubleData(), b.doubleData(), y.doubleData(), g.doubleData(),
                    out.doubleData());
        } else {
            BinaryKernels.gradient(fn, wrtA, plan, a.floatData(), b.floatData(), y.floatData(), g.floatData(),
                    out.floatData());
        }
        return out;
    }
}
