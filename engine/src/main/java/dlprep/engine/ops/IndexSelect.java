package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** Rows (or slices along any dimension) picked by a vector of indices; repeated picks add their gradients. */
public final class IndexSelect extends Function {

    private final int[] inShape;
    private final int[] map;

    private IndexSelect(int[] inShape, int[] map) {
        super("index_select");
        this.inShape = inShape;
        this.map = map;
    }

    public static Tensor apply(Tensor x, int dim, Tensor index) {
        int[] shape = x.shape();
        int d = Shape.dim("index_select", dim, shape.length);
        if (index.dim() > 1) {
            throw new IllegalArgumentException("index_select: index must be a vector, got shape " + Shape.str(index.shape()));
        }
        int[] idx = Indices.read("index_select", index, shape[d]);
        int inner = 1;
        for (int i = d + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int outer = 1;
        for (int i = 0; i < d; i++) {
            outer *= shape[i];
        }
        int[] outShape = shape.clone();
        outShape[d] = idx.length;
        int[] map = new int[outer * idx.length * inner];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            for (int k : idx) {
                int base = (o * shape[d] + k) * inner;
                for (int i = 0; i < inner; i++) {
                    map[at++] = base + i;
                }
            }
        }
        return new IndexSelect(shape, map).record(Copy.gathered(x, map, outShape), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Copy.scatteredAdd(g, map, inShape)};
    }
}
