package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** Broadcasting made explicit (copies): size-1 dimensions repeated. The gradient sums the copies. */
public final class Expand extends Function {

    private final int[] inShape;

    private Expand(int[] inShape) {
        super("expand");
        this.inShape = inShape;
    }

    public static Tensor apply(Tensor x, int... newShape) {
        int[] shape = x.shape();
        if (newShape.length < shape.length) {
            throw new IllegalArgumentException("expand: target shape " + Shape.str(newShape) + " has fewer dimensions "
                    + "than the tensor's shape " + Shape.str(shape));
        }
        int[] target = newShape.clone();
        int lead = target.length - shape.length;
        for (int i = 0; i < target.length; i++) {
            int own = i < lead ? 1 : shape[i - lead];
            if (target[i] == -1 && i >= lead) {
                target[i] = own;
            }
            if (target[i] < 0 || (own != 1 && own != target[i])) {
                throw new IllegalArgumentException("expand: cannot expand shape " + Shape.str(shape) + " to "
                        + Shape.str(newShape) + " (dimension " + i + ": " + own + " -> " + newShape[i]
                        + "; only size-1 dimensions can be repeated)");
            }
        }
        int[] map = StridedIndex.map(0, target, Shape.broadcastStrides(shape, target));
        Tensor y = Copy.gathered(x, map, target);
        return new Expand(shape).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Sum.toShape(g, inShape)};
    }
}
