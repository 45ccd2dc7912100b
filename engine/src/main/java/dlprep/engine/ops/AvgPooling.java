package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.AvgPool2dKernel;
import dlprep.engine.kernels.AvgPool2dReference;
import dlprep.engine.kernels.Pool2dShape;
import dlprep.engine.tensor.Tensor;

/** 2-D average pooling; each window's gradient is shared equally by the elements it averaged. */
public final class AvgPooling extends Function {

    private final Pool2dShape s;
    private final boolean countIncludePad;
    private final int[] inShape;

    private AvgPooling(Pool2dShape s, boolean countIncludePad, int[] inShape) {
        super("avg_pool2d");
        this.s = s;
        this.countIncludePad = countIncludePad;
        this.inShape = inShape;
    }

    public static Tensor apply(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                               boolean countIncludePad) {
        Pool2dShape s = MaxPooling.shape("avg_pool2d", x, kernel, stride, padding, ceilMode);
        Tensor y = Tensor.zeros(x.dtype(), s.batch(), s.channels(), s.outHeight(), s.outWidth());
        if (x.isFloat64()) {
            AvgPool2dReference.forward(s, x.doubleData(), y.doubleData(), countIncludePad);
        } else {
            AvgPool2dKernel.forward(s, x.floatData(), y.floatData(), countIncludePad);
        }
        return new AvgPooling(s, countIncludePad, x.shape()).record(y, x);
    }

    /** The sizes of this pooling (kernel, stride, padding), for tools that read the graph. */
    public Pool2dShape geometry() {
        return s;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = Tensor.zeros(g.dtype(), inShape);
        if (g.isFloat64()) {
            AvgPool2dReference.backward(s, g.doubleData(), dx.doubleData(), countIncludePad);
        } else {
            AvgPool2dKernel.backward(s, g.floatData(), dx.floatData(), countIncludePad);
        }
        return new Tensor[] {dx};
    }
}
