package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/** Per-channel values (a PReLU slope, a norm's scale, shift or statistic) lined up with dimension 1 of an input. */
final class PerChannel {

    private PerChannel() {
    }

    /** A {@code [C]} vector viewed as {@code [1, C, 1, ..., 1]} of rank {@code rank}, to broadcast over [N, C, *]. */
    static Tensor view(Tensor values, int rank) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        shape[1] = values.numel();
        return values.reshape(shape);
    }
}
