package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Constant padding with PyTorch's argument order: {@code (left, right)} pairs starting from the last
 * dimension. The input is copied into the interior of a tensor filled with the value; its gradient is the
 * interior of the output's gradient.
 */
public final class Pad extends Function {

    private final int[] inShape;
    private final int[] map;

    private Pad(int[] inShape, int[] map) {
        super("pad");
        this.inShape = inShape;
        this.map = map;
    }

    public static Tensor apply(Tensor x, int[] pads, double value) {
        int[] shape = x.shape();
        if (pads.length % 2 != 0 || pads.length > 2 * shape.length) {
            throw new IllegalArgumentException("pad: padding " + Arrays.toString(pads) + " must be (left, right) pairs "
                    + "for at most the " + shape.length + " dimensions of shape " + Shape.str(shape));
        }
        int[] outShape = shape.clone();
        int[] before = new int[shape.length];
        for (int p = 0; p < pads.length / 2; p++) {
            int d = shape.length - 1 - p;
            if (pads[2 * p] < 0 || pads[2 * p + 1] < 0) {
                throw new IllegalArgumentException("pad: negative padding " + Arrays.toString(pads)
                        + " is not supported; use slice to crop");
            }
            before[d] = pads[2 * p];
            outShape[d] += pads[2 * p] + pads[2 * p + 1];
        }
        int[] outStrides = Shape.strides(outShape);
        int offset = 0;
        for (int d = 0; d < shape.length; d++) {
            offset += before[d] * outStrides[d];
        }
        int[] map = StridedIndex.map(offset, shape, outStrides);
        Tensor y = Tensor.full(x.dtype(), value, outShape);
        Copy.scatter(x, map, y);
        return new Pad(shape, map).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Copy.gathered(g, map, inShape)};
    }
}
