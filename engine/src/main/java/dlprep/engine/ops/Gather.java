package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * {@code torch.gather}: along {@code dim}, each output element reads the input at the position its index
 * gives (for dim 1 of a matrix: {@code out[i][j] = x[i][index[i][j]]}); output shape = index shape. Its
 * gradient is the scatter-add of the output gradient to those positions.
 */
public final class Gather extends Function {

    private final int[] inShape;
    private final int[] map;

    private Gather(int[] inShape, int[] map) {
        super("gather");
        this.inShape = inShape;
        this.map = map;
    }

    public static Tensor apply(Tensor x, int dim, Tensor index) {
        int[] shape = x.shape();
        int d = Shape.dim("gather", dim, shape.length);
        int[] map = Indices.alongDim("gather", shape, d, index);
        return new Gather(shape, map).record(Copy.gathered(x, map, index.shape()), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Copy.scatteredAdd(g, map, inShape)};
    }
}
