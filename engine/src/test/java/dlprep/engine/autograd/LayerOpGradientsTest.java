package dlprep.engine.autograd;

import dlprep.engine.ops.BatchNormalization;
import dlprep.engine.ops.Functional;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static dlprep.engine.autograd.OpGradientsTest.var;
import static dlprep.engine.autograd.OpGradientsTest.check;

/** Gradient checks (float64, finite differences) of the linear, batch norm, convolution and pooling ops. */
class LayerOpGradientsTest {

    private static int[] p(int h, int w) {
        return new int[] {h, w};
    }

    @Test
    void linearWithAndWithoutBiasAndBatchDimensions() {
        check(in -> Functional.linear(in[0], in[1], in[2]), var(4, 3), var(5, 3), var(5));
        check(in -> Functional.linear(in[0], in[1], null), var(2, 3, 3), var(2, 3));
    }

    @Test
    void batchNormWithAndWithoutAffineParameters() {
        check(in -> BatchNormalization.apply(in[0], in[1], in[2], 1e-5, null, null), var(3, 2, 4, 5), var(2), var(2));
        check(in -> BatchNormalization.apply(in[0], null, null, 1e-5, null, null), var(5, 3));
    }

    @Test
    void conv2dWithStridePaddingDilationAndBias() {
        check(in -> Functional.conv2d(in[0], in[1], in[2], p(2, 1), p(1, 2), p(1, 2), 1),
                var(2, 3, 6, 7), var(4, 3, 3, 2), var(4));
    }

    @Test
    void conv2dGroupedAndDepthwise() {
        check(in -> Functional.conv2d(in[0], in[1], null, p(1, 1), p(1, 1), p(1, 1), 2), var(1, 4, 5, 5), var(6, 2, 3, 3));
        check(in -> Functional.conv2d(in[0], in[1], in[2], p(2, 2), p(1, 1), p(1, 1), 3), var(2, 3, 5, 6), var(3, 1, 3, 3),
                var(3));
    }

    @Test
    void convTranspose2dWithOutputPaddingAndGroups() {
        check(in -> Functional.convTranspose2d(in[0], in[1], in[2], p(2, 2), p(1, 0), p(1, 0), p(1, 1), 1),
                var(2, 3, 3, 4), var(3, 2, 3, 3), var(2));
        check(in -> Functional.convTranspose2d(in[0], in[1], null, p(1, 2), p(0, 1), p(0, 1), p(2, 1), 2),
                var(1, 4, 3, 3), var(4, 1, 2, 3));
    }

    @Test
    void maxPoolingWithOverlapPaddingAndCeilMode() {
        // Distinct values so that no window has a tie (the max is not differentiable at ties).
        Tensor x = Tensor.arange(2 * 2 * 7 * 6).to(dlprep.engine.tensor.DType.FLOAT64)
                .mul(0.37).sin().mul(10.0).detach().reshape(2, 2, 7, 6).requiresGrad(true);
        check(in -> Functional.maxPool2d(in[0], p(3, 3), p(2, 2), p(1, 1), true), x);
        check(in -> Functional.maxPool2d(in[0], 2), x);
    }

    @Test
    void averagePoolingBothDivisorRules() {
        check(in -> Functional.avgPool2d(in[0], p(3, 2), p(2, 2), p(1, 1), true, true), var(1, 2, 7, 5));
        check(in -> Functional.avgPool2d(in[0], p(3, 2), p(2, 2), p(1, 1), true, false), var(1, 2, 7, 5));
    }

    @Test
    void adaptiveAveragePoolingToSizesThatDoNotDivide() {
        check(in -> Functional.adaptiveAvgPool2d(in[0], 3, 2), var(2, 2, 7, 5));
    }

    @Test
    void smallConvNetEndToEnd() {
        // conv -> relu -> max pool -> flatten -> linear: the fan-out of the weight over positions and the
        // composition of the ops are checked together.
        check(in -> {
            Tensor h = Functional.conv2d(in[0], in[1], in[2], 1, 1).relu();
            h = Functional.maxPool2d(h, 2).flatten(1, -1);
            return h.matmul(in[3]).logSoftmax(1);
        }, var(2, 1, 4, 4), var(3, 1, 3, 3), var(3), var(12, 5));
    }
}
