package dlprep.engine.nn;

import dlprep.engine.autograd.GradCheck;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static dlprep.engine.nn.LayerGradCheck.awayFromZero;
import static dlprep.engine.nn.LayerGradCheck.check;
import static dlprep.engine.nn.LayerGradCheck.randn;

/**
 * Every layer checked against central finite differences in float64, with respect to its input and every
 * parameter ({@link LayerGradCheck}). Scales and shifts that start at exactly 1 and 0 are first redrawn, so
 * that a gradient formula that only holds at those values would be caught.
 */
class LayerGradientsTest {

    private static final Generator RNG = new Generator(5);

    private static void redraw(Tensor parameter) {
        Init.uniform(parameter, 0.5, 1.5, RNG);
    }

    @Test
    void linearWithAndWithoutBiasAndWithBatchDimensions() {
        check(new Linear(4, 3), randn(5, 4));
        check(new Linear(4, 3, false), randn(2, 3, 4));
    }

    @Test
    void elementwiseActivations() {
        Tensor x = awayFromZero(3, 4);
        check(new ReLU(), x);
        check(new LeakyReLU(0.2), x);
        check(new ELU(0.7), x);
        check(new GELU(), x);
        check(new SiLU(), x);
        check(new Sigmoid(), x);
        check(new Tanh(), x);
        check(new Softplus(2), x);
    }

    @Test
    void preluSlopesSharedAndPerChannel() {
        check(new PReLU(), awayFromZero(3, 4));
        PReLU perChannel = new PReLU(3, 0.25);
        redraw(perChannel.weight());
        check(perChannel, awayFromZero(2, 3, 4));
    }

    @Test
    void softmaxAndLogSoftmax() {
        check(new Softmax(1), randn(3, 4));
        check(new LogSoftmax(-1), randn(2, 3, 4));
    }

    @Test
    void flatten() {
        check(new Flatten(), randn(2, 3, 2));
        check(new Flatten(0, 1), randn(2, 3, 2));
    }

    @Test
    void dropoutIsTheIdentityInEvaluationAndAFixedMaskInTraining() {
        Dropout dropout = new Dropout(0.4);
        dropout.eval();
        check(dropout, randn(3, 4));
        dropout.train();
        // Reseeding before every forward draws the same mask, so the finite differences see one function.
        GradCheck.check(x -> {
            Generator.manualSeed(21);
            return dropout.forward(x);
        }, randn(3, 4));
    }

    @Test
    void batchNorm1dInTrainingAndEvaluation() {
        BatchNorm1d bn = new BatchNorm1d(3);
        redraw(bn.weight());
        redraw(bn.bias());
        check(bn, randn(4, 3));
        check(bn, randn(4, 3, 5));
        bn.eval();
        check(bn, randn(4, 3, 2));
    }

    @Test
    void batchNorm2dInTrainingAndEvaluation() {
        BatchNorm2d bn = new BatchNorm2d(2);
        redraw(bn.weight());
        redraw(bn.bias());
        check(bn, randn(3, 2, 3, 2));
        bn.eval();
        check(bn, randn(3, 2, 3, 2));
    }

    @Test
    void layerNormOverTheLastTwoDimensions() {
        LayerNorm ln = new LayerNorm(3, 4);
        redraw(ln.weight());
        redraw(ln.bias());
        check(ln, randn(2, 3, 4));
        check(new LayerNorm(new int[] {4}, 1e-5, false), randn(3, 4));
    }

    @Test
    void groupNorm() {
        GroupNorm gn = new GroupNorm(2, 4);
        redraw(gn.weight());
        redraw(gn.bias());
        check(gn, randn(2, 4, 3));
        check(new GroupNorm(3, 3, 1e-5, false), randn(2, 3, 2, 2));
    }

    @Test
    void instanceNormWithAndWithoutAffineParameters() {
        check(new InstanceNorm2d(2), randn(2, 2, 3, 3));
        InstanceNorm2d affine = new InstanceNorm2d(2, 1e-5, 0.1, true, true);
        redraw(affine.weight());
        redraw(affine.bias());
        check(affine, randn(2, 2, 3, 2));
        affine.eval();
        check(affine, randn(2, 2, 3, 2));
    }

    @Test
    void conv2dWithStridePaddingDilationGroupsAndBias() {
        check(new Conv2d(4, 6, new int[] {3, 2}, new int[] {2, 1}, new int[] {1, 1}, new int[] {1, 2}, 2, true),
                randn(2, 4, 5, 6));
        check(new Conv2d(3, 2, 3, 1, 0, 1, 1, false), randn(1, 3, 4, 4));
    }

    @Test
    void convTranspose2dWithOutputPaddingAndGroups() {
        check(new ConvTranspose2d(4, 2, 3, 2, 1, 1, 2, true, 1), randn(2, 4, 3, 3));
        check(new ConvTranspose2d(2, 3, new int[] {2, 3}, new int[] {1, 2}, new int[] {0, 1}, new int[] {0, 1}, 1,
                false, new int[] {2, 1}), randn(1, 2, 3, 3));
    }

    @Test
    void pooling() {
        // Distinct values, so that no max-pooling window has a tie (where the maximum has no derivative).
        Tensor distinct = Tensor.arange(2 * 2 * 5 * 6).to(DType.FLOAT64).mul(0.37).sin().mul(10.0).detach()
                .reshape(2, 2, 5, 6).requiresGrad(true);
        check(new MaxPool2d(2), distinct);
        check(new MaxPool2d(3, 2, 1, true), distinct);
        check(new AvgPool2d(3, 2, 1, true, false), randn(1, 2, 5, 6));
        check(new AdaptiveAvgPool2d(2, 3), randn(1, 2, 5, 7));
    }

    @Test
    void embeddingWithRepeatedIndices() {
        // The indices are not differentiable; repeated rows must receive the sum of their gradients.
        check(new Embedding(5, 3), Tensor.of(new float[][] {{4, 0, 4}, {1, 4, 2}}));
    }
}
