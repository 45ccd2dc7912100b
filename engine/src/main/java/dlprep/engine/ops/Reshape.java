package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** A view with another shape over the same storage; the gradient is reshaped back. Also the copy op. */
public final class Reshape extends Function {

    private final int[] inShape;

    private Reshape(String name, int[] inShape) {
        super(name);
        this.inShape = inShape;
    }

    public static Tensor apply(Tensor x, int... shape) {
        int[] resolved = resolve(x, shape);
        return new Reshape("reshape", x.shape()).record(x.storageView(resolved), x);
    }

    /** A copy with its own storage, in the graph (the gradient passes unchanged). */
    public static Tensor copy(Tensor x) {
        Tensor y = x.isFloat64() ? Tensor.wrap(x.toDoubleArray(), x.shape()) : Tensor.wrap(x.toArray(), x.shape());
        return new Reshape("copy", x.shape()).record(y, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.reshape(inShape)};
    }

    private static int[] resolve(Tensor x, int[] shape) {
        int[] out = shape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("reshape: only one dimension can be -1, got " + Shape.str(shape));
                }
                infer = i;
            } else if (out[i] < 0) {
                throw new IllegalArgumentException("reshape: invalid size " + out[i] + " in " + Shape.str(shape));
            } else {
                known *= out[i];
            }
        }
        if (infer >= 0) {
            if (known == 0 || x.numel() % known != 0) {
                throw new IllegalArgumentException("reshape: shape " + Shape.str(shape) + " cannot hold the "
                        + x.numel() + " elements of shape " + Shape.str(x.shape()));
            }
            out[infer] = (int) (x.numel() / known);
        } else if (known != x.numel()) {
            throw new IllegalArgumentException("reshape: shape " + Shape.str(shape) + " is invalid for the "
                    + x.numel() + " elements of shape " + Shape.str(x.shape()));
        }
        return out;
    }
}
