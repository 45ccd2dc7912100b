package dlprep.engine.nn.loss;

import dlprep.engine.ops.Indices;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * The class-index targets of {@link NLLLoss} and {@link CrossEntropyLoss}, read and checked once. The
 * input has the classes in dimension 1, {@code [N, C, d1, ...]}, or is a single sample {@code [C]}; the
 * target has the input's shape without that dimension and holds whole numbers in {@code [0, C)}, or
 * {@code ignoreIndex} for elements that take no part in the loss.
 *
 * <p>Element n of the target has weight {@code w[y_n]} (1 without class weights, 0 when ignored), and the
 * mean reduction is PyTorch's weighted mean {@code sum(w_n l_n) / sum(w_n)}.
 */
final class ClassTargets {

    /** The dimension of the input that holds the classes. */
    final int classDim;
    final int numClasses;
    /** Per target element: the weight of its class, or 0 where ignored. */
    final Tensor weights;
    /** Per target element: 1, or 0 where ignored. */
    final Tensor kept;
    /** The target with a size-1 class dimension and ignored entries set to class 0: an index for gather. */
    private final Tensor index;
    private final double weightSum;

    private ClassTargets(int classDim, int numClasses, Tensor weights, Tensor kept, Tensor index, double weightSum) {
        this.classDim = classDim;
        this.numClasses = numClasses;
        this.weights = weights;
        this.kept = kept;
        this.index = index;
        this.weightSum = weightSum;
    }

    /** Reads {@code target} for {@code input}; {@code classWeights} (a vector of C) may be null. */
    static ClassTargets read(String loss, Tensor input, Tensor target, Tensor classWeights, int ignoreIndex) {
        int[] in = input.shape();
        if (in.length == 0) {
            throw new IllegalArgumentException(loss + ": input is a scalar; it needs a dimension of classes, "
                    + "[N, C] or [C]");
        }
        int classDim = in.length == 1 ? 0 : 1;
        int numClasses = in[classDim];
        int[] expected = new int[in.length - 1];
        System.arraycopy(in, 0, expected, 0, classDim);
        System.arraycopy(in, classDim + 1, expected, classDim, in.length - classDim - 1);
        if (!Arrays.equals(target.shape(), expected)) {
            throw new IllegalArgumentException(loss + ": target of shape " + Shape.str(target.shape())
                    + " does not match input of shape " + Shape.str(in) + "; expected class indices of shape "
                    + Shape.str(expected));
        }
        if (classWeights != null && classWeights.numel() != numClasses) {
            throw new IllegalArgumentException(loss + ": weight of shape " + Shape.str(classWeights.shape())
                    + " does not match the " + numClasses + " classes of input " + Shape.str(in));
        }
        Tensor safe = Tensor.zeros(target.shape());
        Tensor kept = Tensor.zeros(input.dtype(), target.shape());
        for (int i = 0; i < target.numel(); i++) {
            boolean ignored = target.getFlat(i) == ignoreIndex;
            safe.setFlat(i, ignored ? 0 : target.getFlat(i));
            kept.setFlat(i, ignored ? 0 : 1);
        }
        int[] classes = Indices.read(loss + " (input " + Shape.str(in) + ", target " + Shape.str(target.shape()) + ")",
                safe, numClasses);
        Tensor weights = Tensor.zeros(input.dtype(), target.shape());
        double weightSum = 0;
        for (int i = 0; i < classes.length; i++) {
            double w = kept.getFlat(i) * (classWeights == null ? 1 : classWeights.getFlat(classes[i]));
            weights.setFlat(i, w);
            weightSum += w;
        }
        return new ClassTargets(classDim, numClasses, weights, kept, safe.unsqueeze(classDim), weightSum);
    }

    /** The entry of the target class at every element: {@code x[n, y_n, d1, ...]}, in the target's shape. */
    Tensor pick(Tensor x) {
        return x.gather(classDim, index).squeeze(classDim);
    }

    /** Reduces per-element losses; the mean is {@code sum(l_n) / sum(w_n)} (l_n already carries its weight). */
    Tensor reduce(Tensor losses, Reduction reduction) {
        return reduction == Reduction.MEAN ? losses.sum().div(weightSum) : reduction.apply(losses);
    }
}
