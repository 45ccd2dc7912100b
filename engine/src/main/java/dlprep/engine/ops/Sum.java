package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Sum over a set of dimensions, accumulated in double precision. Backward copies the output gradient
 * back over every summed position (each input element contributed once to its sum).
 */
public final class Sum extends Function {

    private final int[] inShape;
    private final int[] keptShape;

    private Sum(int[] inShape, int[] keptShape) {
        super("sum");
        this.inShape = inShape;
        this.keptShape = keptShape;
    }

    public static Tensor all(Tensor x) {
        int[] dims = new int[x.dim()];
        Arrays.setAll(dims, i -> i);
        return apply(x, dims, false);
    }

    public static Tensor apply(Tensor x, int[] dims, boolean keepdim) {
        int[] shape = x.shape();
        boolean[] reduced = reducedDims("sum", shape, dims);
        int[] kept = shape.clone();
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                kept[d] = 1;
            }
        }
        double[] acc = new double[Shape.numel(kept)];
        accumulate(x, shape, reduced, kept, acc);
        Tensor y = Tensor.zeros(x.dtype(), kept);
        for (int i = 0; i < acc.length; i++) {
            y.setFlat(i, acc[i]);
        }
        Tensor out = keepdim ? y : y.storageView(dropped(shape, reduced));
        return new Sum(shape, kept).record(out, x);
    }

    /** Sums a gradient computed over a broadcast shape down to {@code shape} (the inverse of broadcasting). */
    public static Tensor toShape(Tensor g, int[] shape) {
        int[] gs = g.shape();
        if (Arrays.equals(gs, shape)) {
            return g;
        }
        int lead = gs.length - shape.length;
        int[] dims = java.util.stream.IntStream.range(0, gs.length)
                .filter(d -> d < lead || (shape[d - lead] == 1 && gs[d] != 1)).toArray();
        return apply(g, dims, true).reshape(shape);
    }

    /** Number of elements a reduction over {@code dims} combines. */
    public static int count(String op, int[] shape, int[] dims) {
        boolean[] reduced = reducedDims(op, shape, dims);
        int n = 1;
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                n *= shape[d];
            }
        }
        return n;
    }

    /**
     * The output's shape with the reduced dimensions kept as size 1 (as with {@code keepdim}), which says
     * what was reduced whatever {@code keepdim} was; for tools that read the graph.
     */
    public int[] keptShape() {
        return keptShape.clone();
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Expand.apply(g.reshape(keptShape), inShape)};
    }

    private static void accumulate(Tensor x, int[] shape, boolean[] reduced, int[] kept, double[] acc) {
        int n = x.numel();
        if (acc.length == 1) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += x.getFlat(i);
            }
            acc[0] = s;
            return;
        }
        int lead = 0;
        while (lead < shape.length && reduced[lead]) {
            lead++;
        }
        boolean prefixOnly = true;
        for (int d = lead; d < shape.length; d++) {
            prefixOnly &= !reduced[d];
        }
        if (prefixOnly) { // e.g. a bias gradient: sum over the batch rows, each output a column
            int inner = acc.length;
            for (int row = 0; row < n; row += inner) {
                for (int j = 0; j < inner; j++) {
                    acc[j] += x.getFlat(row + j);
                }
            }
            return;
        }
        int[] outStrides = Shape.strides(kept);
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                outStrides[d] = 0;
            }
        }
        int[] target = StridedIndex.map(0, shape, outStrides);
        if (x.isFloat64()) {
            double[] v = x.doubleData();
            for (int i = 0; i < n; i++) {
                acc[target[i]] += v[i];
            }
        } else {
            float[] v = x.floatData();
            for (int i = 0; i < n; i++) {
                acc[target[i]] += v[i];
            }
        }
    }

    static boolean[] reducedDims(String op, int[] shape, int[] dims) {
        boolean[] reduced = new boolean[shape.length];
        for (int dim : dims) {
            int d = Shape.dim(op, dim, shape.length);
            if (reduced[d]) {
                throw new IllegalArgumentException(op + ": dimension " + dim + " appears twice in " + Arrays.toString(dims));
            }
            reduced[d] = true;
        }
        return reduced;
    }

    static int[] dropped(int[] shape, boolean[] reduced) {
        return java.util.stream.IntStream.range(0, shape.length).filter(d -> !reduced[d]).map(d -> shape[d]).toArray();
    }
}
