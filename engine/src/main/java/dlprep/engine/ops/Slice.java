package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Python's {@code x[start:end:step]} along one dimension (copies). Negative bounds count from the end and
 * bounds are clipped to the dimension, as in Python. The gradient lands on the selected positions.
 */
public final class Slice extends Function {

    private final int[] inShape;
    private final int[] map;

    private Slice(int[] inShape, int[] map) {
        super("slice");
        this.inShape = inShape;
        this.map = map;
    }

    public static Tensor apply(Tensor x, int dim, int start, int end, int step) {
        int[] shape = x.shape();
        int d = Shape.dim("slice", dim, shape.length);
        if (step < 1) {
            throw new IllegalArgumentException("slice: step must be at least 1, got " + step);
        }
        int size = shape[d];
        int s = clip(start < 0 ? start + size : start, size);
        int e = clip(end < 0 ? end + size : end, size);
        int length = e > s ? (e - s + step - 1) / step : 0;
        int[] strides = Shape.strides(shape);
        int[] outShape = shape.clone();
        outShape[d] = length;
        int[] outStrides = strides.clone();
        outStrides[d] = strides[d] * step;
        int[] map = StridedIndex.map(s * strides[d], outShape, outStrides);
        Tensor y = Copy.gathered(x, map, outShape);
        return new Slice(shape, map).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Copy.scatteredAdd(g, map, inShape)};
    }

    private static int clip(int i, int size) {
        return Math.max(0, Math.min(i, size));
    }
}
