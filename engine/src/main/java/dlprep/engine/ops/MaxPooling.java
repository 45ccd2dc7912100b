package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.MaxPool2dKernel;
import dlprep.engine.kernels.MaxPool2dReference;
import dlprep.engine.kernels.Pool2dShape;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** 2-D max pooling; the gradient goes to the position of each window's maximum. */
public final class MaxPooling extends Function {

    private final Pool2dShape s;
    private final int[] argmax;
    private final int[] inShape;

    private MaxPooling(Pool2dShape s, int[] argmax, int[] inShape) {
        super("max_pool2d");
        this.s = s;
        this.argmax = argmax;
        this.inShape = inShape;
    }

    public static Tensor apply(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode) {
        Pool2dShape s = shape("max_pool2d", x, kernel, stride, padding, ceilMode);
        Tensor y = Tensor.zeros(x.dtype(), s.batch(), s.channels(), s.outHeight(), s.outWidth());
        int[] argmax = new int[s.outputSize()];
        if (x.isFloat64()) {
            MaxPool2dReference.forward(s, x.doubleData(), y.doubleData(), argmax);
        } else {
            MaxPool2dKernel.forward(s, x.floatData(), y.floatData(), argmax);
        }
        return new MaxPooling(s, argmax, x.shape()).record(y, x);
    }

    /** The sizes of this pooling (kernel, stride, padding), for tools that read the graph. */
    public Pool2dShape geometry() {
        return s;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor dx = Tensor.zeros(g.dtype(), inShape);
        if (g.isFloat64()) {
            MaxPool2dReference.backward(s, g.doubleData(), argmax, dx.doubleData());
        } else {
            MaxPool2dKernel.backward(s, g.floatData(), argmax, dx.floatData());
        }
        return new Tensor[] {dx};
    }

    /** The pooling geometry for an NCHW input, after checking the input is 4-D. */
    static Pool2dShape shape(String op, Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode) {
        int[] xs = x.shape();
        if (xs.length != 4) {
            throw new IllegalArgumentException(op + ": input must be 4-D [batch, channels, height, width], got shape "
                    + Shape.str(xs));
        }
        return new Pool2dShape(xs[0], xs[1], xs[2], xs[3], kernel[0], kernel[1], stride[0], stride[1], padding[0],
                padding[1], ceilMode);
    }
}
