package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * {@code torch.scatter_add}: a copy of {@code x} to which each element of {@code src} (at the positions of
 * {@code index}) is added at the place its index gives along {@code dim}. The gradient with respect to x
 * is the output gradient; with respect to src, the output gradient gathered from those places.
 */
public final class ScatterAdd extends Function {

    private final int[] srcShape;
    private final int[] targets;
    private final int[] sources;

    private ScatterAdd(int[] srcShape, int[] targets, int[] sources) {
        super("scatter_add");
        this.srcShape = srcShape;
        this.targets = targets;
        this.sources = sources;
    }

    public static Tensor apply(Tensor x, int dim, Tensor index, Tensor src) {
        int[] shape = x.shape();
        int d = Shape.dim("scatter_add", dim, shape.length);
        int[] srcShape = src.shape();
        int[] idxShape = index.shape();
        for (int i = 0; i < idxShape.length && i < srcShape.length; i++) {
            if (idxShape[i] > srcShape[i]) {
                throw new IllegalArgumentException("scatter_add: index of shape " + Shape.str(idxShape)
                        + " is larger than src of shape " + Shape.str(srcShape) + " in dimension " + i);
            }
        }
        if (srcShape.length != idxShape.length) {
            throw new IllegalArgumentException("scatter_add: src of shape " + Shape.str(srcShape)
                    + " must have the rank of index of shape " + Shape.str(idxShape));
        }
        int[] targets = Indices.alongDim("scatter_add", shape, d, index);
        int[] sources = Indices.subBlock(idxShape, srcShape);
        DType type = DType.promote(x.dtype(), src.dtype());
        Tensor xc = x.to(type);
        Tensor sc = src.to(type);
        Tensor y = xc.detach().copy();
        for (int i = 0; i < targets.length; i++) {
            y.setFlat(targets[i], y.getFlat(targets[i]) + sc.getFlat(sources[i]));
        }
        return new ScatterAdd(srcShape, targets, sources).record(y, xc, sc);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor gSrc = null;
        if (needsGrad(1)) {
            gSrc = Tensor.zeros(g.dtype(), srcShape);
            for (int i = 0; i < targets.length; i++) {
                gSrc.setFlat(sources[i], gSrc.getFlat(sources[i]) + g.getFlat(targets[i]));
            }
        }
        return new Tensor[] {g, gSrc};
    }
}
