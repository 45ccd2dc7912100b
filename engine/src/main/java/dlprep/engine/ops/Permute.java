package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/** Reordering of dimensions (copies); the gradient is permuted back by the inverse permutation. */
public final class Permute extends Function {

    private final int[] inverse;

    private Permute(int[] inverse) {
        super("permute");
        this.inverse = inverse;
    }

    public static Tensor apply(Tensor x, int... dims) {
        int[] shape = x.shape();
        if (dims.length != shape.length) {
            throw new IllegalArgumentException("permute: " + dims.length + " dimensions " + Arrays.toString(dims)
                    + " given for a tensor of shape " + Shape.str(shape));
        }
        int[] perm = new int[dims.length];
        int[] inverse = new int[dims.length];
        boolean[] seen = new boolean[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Shape.dim("permute", dims[i], shape.length);
            if (seen[d]) {
                throw new IllegalArgumentException("permute: dimension " + dims[i] + " repeated in " + Arrays.toString(dims));
            }
            seen[d] = true;
            perm[i] = d;
            inverse[d] = i;
        }
        int[] strides = Shape.strides(shape);
        int[] outShape = new int[perm.length];
        int[] outStrides = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            outShape[i] = shape[perm[i]];
            outStrides[i] = strides[perm[i]];
        }
        Tensor y = Copy.gathered(x, StridedIndex.map(0, outShape, outStrides), outShape);
        return new Permute(inverse).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.permute(inverse)};
    }
}
