package dlprep.engine.ops;

import dlprep.engine.autograd.Function;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/** Concatenation along an existing dimension; each input's gradient is its slice of the output's. */
public final class Cat extends Function {

    private final int dim;
    private final int[] sizes;

    private Cat(int dim, int[] sizes) {
        super("cat");
        this.dim = dim;
        this.sizes = sizes;
    }

    public static Tensor apply(int dim, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("cat: needs at least one tensor");
        }
        int[] first = tensors[0].shape();
        int d = Shape.dim("cat", dim, first.length);
        DType type = tensors[0].dtype();
        int[] sizes = new int[tensors.length];
        int total = 0;
        for (int t = 0; t < tensors.length; t++) {
            int[] s = tensors[t].shape();
            boolean compatible = s.length == first.length;
            for (int i = 0; compatible && i < s.length; i++) {
                compatible = i == d || s[i] == first[i];
            }
            if (!compatible) {
                throw new IllegalArgumentException("cat: tensor " + t + " has shape " + Shape.str(s) + " but tensor 0 "
                        + "has shape " + Shape.str(first) + "; all sizes except dimension " + dim + " must match");
            }
            sizes[t] = s[d];
            total += s[d];
            type = DType.promote(type, tensors[t].dtype());
        }
        int[] outShape = first.clone();
        outShape[d] = total;
        Tensor y = Tensor.zeros(type, outShape);
        int inner = 1;
        for (int i = d + 1; i < first.length; i++) {
            inner *= first[i];
        }
        int outer = Shape.numel(first) / Math.max(1, first[d] * inner);
        if (first[d] == 0) {
            outer = 1;
            for (int i = 0; i < d; i++) {
                outer *= first[i];
            }
        }
        Tensor[] inputs = new Tensor[tensors.length];
        int at = 0;
        for (int t = 0; t < tensors.length; t++) {
            inputs[t] = tensors[t].to(type);
            int block = sizes[t] * inner;
            for (int o = 0; o < outer; o++) {
                copyBlock(inputs[t], o * block, y, o * total * inner + at * inner, block);
            }
            at += sizes[t];
        }
        return new Cat(d, sizes).record(y, inputs);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor[] grads = new Tensor[sizes.length];
        int at = 0;
        for (int t = 0; t < sizes.length; t++) {
            grads[t] = needsGrad(t) ? g.narrow(dim, at, sizes[t]) : null;
            at += sizes[t];
        }
        return grads;
    }

    private static void copyBlock(Tensor src, int from, Tensor dst, int to, int length) {
        if (src.isFloat64()) {
            System.arraycopy(src.doubleData(), from, dst.doubleData(), to, length);
        } else {
            System.arraycopy(src.floatData(), from, dst.floatData(), to, length);
        }
    }
}
