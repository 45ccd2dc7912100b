package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Maximum (or minimum) along one dimension, with the position of the first extreme element. The
 * gradient flows only to that position: the other elements did not affect the result.
 */
public final class MaxAlongDim extends Function {

    /** The extreme values (in the graph) and their positions along the dimension (whole numbers). */
    public record Result(Tensor values, Tensor indices) {
    }

    private final int[] inShape;
    private final int[] keptShape;
    private final int[] positions; // flat input position of each output element

    private MaxAlongDim(String name, int[] inShape, int[] keptShape, int[] positions) {
        super(name);
        this.inShape = inShape;
        this.keptShape = keptShape;
        this.positions = positions;
    }

    public static Result apply(Tensor x, int dim, boolean keepdim, boolean max) {
        String op = max ? "max" : "min";
        int[] shape = x.shape();
        int d = Shape.dim(op, dim, shape.length);
        int n = shape[d];
        if (n == 0) {
            throw new IllegalArgumentException(op + ": cannot reduce dimension " + dim + " of size 0 (shape "
                    + Shape.str(shape) + ")");
        }
        int outer = 1;
        for (int i = 0; i < d; i++) {
            outer *= shape[i];
        }
        int inner = x.numel() / Math.max(1, outer * n);
        int[] kept = shape.clone();
        kept[d] = 1;
        Tensor values = Tensor.zeros(x.dtype(), kept);
        Tensor indices = Tensor.zeros(kept);
        int[] positions = new int[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * n * inner + i;
                int best = 0;
                double bestValue = x.getFlat(base);
                for (int k = 1; k < n && !Double.isNaN(bestValue); k++) {
                    double v = x.getFlat(base + k * inner);
                    if (Double.isNaN(v) || (max ? v > bestValue : v < bestValue)) { // NaN wins, as in PyTorch
                        best = k;
                        bestValue = v;
                    }
                }
                int out = o * inner + i;
                values.setFlat(out, bestValue);
                indices.setFlat(out, best);
                positions[out] = base + best * inner;
            }
        }
        if (!keepdim) {
            int[] dropped = Sum.dropped(shape, single(shape.length, d));
            values = values.storageView(dropped);
            indices = indices.storageView(dropped);
        }
        Tensor recorded = new MaxAlongDim(op, shape, kept, positions).record(values, x);
        return new Result(recorded, indices);
    }

    /**
     * The output's shape with the reduced dimension kept as size 1 (as with {@code keepdim}), which says
     * what was reduced whatever {@code keepdim} was; for tools that read the graph.
     */
    public int[] keptShape() {
        return keptShape.clone();
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Copy.scatteredAdd(g, positions, inShape)};
    }

    private static boolean[] single(int rank, int d) {
        boolean[] r = new boolean[rank];
        r[d] = true;
        return r;
    }
}
