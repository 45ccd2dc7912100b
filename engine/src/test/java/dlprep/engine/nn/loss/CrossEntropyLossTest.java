package dlprep.engine.nn.loss;

import dlprep.engine.autograd.GradCheck;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dlprep.engine.Failures.failsWith;

/**
 * {@link CrossEntropyLoss} and {@link NLLLoss}: values worked out from the definition
 * {@code -log softmax(x)[y] = log(sum_c e^x_c) - x_y}, PyTorch's weighted mean and label smoothing, and
 * gradients checked against finite differences in float64.
 */
class CrossEntropyLossTest {

    /** -log softmax([1, 2, 3])[2] = log(e + e^2 + e^3) - 3 = 0.40760596. */
    private static final double A = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
    /** -log softmax([0, 0, 0])[c] = log 3 for every class c. */
    private static final double B = Math.log(3);

    private static final Tensor LOGITS = Tensor.of(new float[][] {{1, 2, 3}, {0, 0, 0}});
    private static final Tensor TARGET = Tensor.of(new float[] {2, 1});
    private static final Tensor CLASS_WEIGHT = Tensor.of(new float[] {1, 2, 3});

    private static CrossEntropyLoss crossEntropy(Tensor weight, Reduction reduction, double labelSmoothing) {
        return new CrossEntropyLoss(weight, NLLLoss.DEFAULT_IGNORE_INDEX, reduction, labelSmoothing);
    }

    @Test
    void crossEntropyOfOneSampleIsLogSumExpMinusTheTargetLogit() {
        assertEquals(0.40760596, A, 1e-8);
        Tensor single = Tensor.of(new float[] {1, 2, 3});
        assertEquals(A, new CrossEntropyLoss().forward(single, Tensor.scalar(2)).item(), 1e-6);
        assertEquals(A, new CrossEntropyLoss().forward(single.reshape(1, 3), Tensor.of(new float[] {2})).item(), 1e-6);
    }

    @Test
    void reductionsAverageSumOrKeepTheRows() {
        assertEquals((A + B) / 2, new CrossEntropyLoss().forward(LOGITS, TARGET).item(), 1e-6);
        assertEquals(A + B, new CrossEntropyLoss(Reduction.SUM).forward(LOGITS, TARGET).item(), 1e-6);
        assertArrayEquals(new float[] {(float) A, (float) B},
                new CrossEntropyLoss(Reduction.NONE).forward(LOGITS, TARGET).toArray(), 1e-6f);
    }

    @Test
    void classWeightsGiveAWeightedMean() {
        // l_n = w[y_n] (-log p[y_n]); PyTorch's mean is sum(l_n) / sum(w[y_n]) with w[2] = 3, w[1] = 2.
        assertEquals((3 * A + 2 * B) / 5, crossEntropy(CLASS_WEIGHT, Reduction.MEAN, 0).forward(LOGITS, TARGET).item(), 1e-6);
        assertEquals(3 * A + 2 * B, crossEntropy(CLASS_WEIGHT, Reduction.SUM, 0).forward(LOGITS, TARGET).item(), 1e-6);
        assertArrayEquals(new float[] {(float) (3 * A), (float) (2 * B)},
                crossEntropy(CLASS_WEIGHT, Reduction.NONE, 0).forward(LOGITS, TARGET).toArray(), 1e-6f);
    }

    @Test
    void labelSmoothingMixesInTheUniformDistribution() {
        // eps = 0.1 on [1, 2, 3], class 2: 0.9 * (-log p2) + (0.1 / 3) * sum_c (-log p_c), where
        // -log p_c = log(e + e^2 + e^3) - c = A + 2, A + 1, A; so the loss is 0.9 A + 0.1 (A + 1) = A + 0.1.
        Tensor single = Tensor.of(new float[] {1, 2, 3});
        assertEquals(A + 0.1, crossEntropy(null, Reduction.MEAN, 0.1).forward(single, Tensor.scalar(2)).item(), 1e-6);
    }

    @Test
    void labelSmoothingWithClassWeightsFollowsPyTorch() {
        // Per row, (1 - eps) w[y] (-log p[y]) + (eps / C) sum_c w[c] (-log p[c]); mean divides by sum w[y_n] = 5.
        // Row 0: sum_c w[c] (-log p[c]) = 1 (A + 2) + 2 (A + 1) + 3 A = 6 A + 4. Row 1: (1 + 2 + 3) B = 6 B.
        double eps = 0.2;
        double row0 = (1 - eps) * 3 * A + eps / 3 * (6 * A + 4);
        double row1 = (1 - eps) * 2 * B + eps / 3 * (6 * B);
        assertEquals((row0 + row1) / 5, crossEntropy(CLASS_WEIGHT, Reduction.MEAN, eps).forward(LOGITS, TARGET).item(), 1e-6);
        assertEquals(row0 + row1, crossEntropy(CLASS_WEIGHT, Reduction.SUM, eps).forward(LOGITS, TARGET).item(), 1e-6);
    }

    @Test
    void ignoredTargetsCountForNothing() {
        Tensor target = Tensor.of(new float[] {2, -100});
        assertEquals(A, new CrossEntropyLoss().forward(LOGITS, target).item(), 1e-6);
        // With smoothing eps the kept row alone costs A + eps (see labelSmoothingMixesInTheUniformDistribution).
        assertEquals(A + 0.3, crossEntropy(null, Reduction.MEAN, 0.3).forward(LOGITS, target).item(), 1e-6);
        CrossEntropyLoss ignoreClassOne = new CrossEntropyLoss(CLASS_WEIGHT, 1, Reduction.MEAN, 0);
        assertEquals(A, ignoreClassOne.forward(LOGITS, TARGET).item(), 1e-6);
        assertArrayEquals(new float[] {(float) A, 0}, new CrossEntropyLoss(Reduction.NONE).forward(LOGITS, target).toArray(),
                1e-6f);
    }

    @Test
    void largeLogitsDoNotOverflow() {
        // softmax([1000, 0]) underflows to [1, 0] in any float, but the log-softmax is exact: -log p = [0, 1000].
        Tensor logits = Tensor.of(new float[][] {{1000, 0}});
        assertEquals(1000, new CrossEntropyLoss().forward(logits, Tensor.of(new float[] {1})).item(), 1e-3);
        assertEquals(0, new CrossEntropyLoss().forward(logits, Tensor.of(new float[] {0})).item(), 1e-6);
    }

    @Test
    void perPixelTargetsMatchTheFlattenedRows() {
        // [N, C, d] against [N, d] is the same loss as the N * d rows of C logits taken one by one.
        Generator rng = new Generator(11);
        Tensor logits = Tensor.randn(rng, 2, 3, 4);
        Tensor target = Tensor.randint(rng, 0, 3, 2, 4);
        Tensor rows = logits.permute(0, 2, 1).reshape(8, 3);
        assertEquals(new CrossEntropyLoss().forward(rows, target.reshape(8)).item(),
                new CrossEntropyLoss().forward(logits, target).item(), 1e-6);
        assertArrayEquals(new int[] {2, 4}, new CrossEntropyLoss(Reduction.NONE).forward(logits, target).shape());
    }

    @Test
    void crossEntropyIsNllOfLogSoftmax() {
        Generator rng = new Generator(11);
        Tensor logits = Tensor.randn(rng, 5, 4);
        Tensor target = Tensor.randint(rng, 0, 4, 5);
        Tensor weight = Tensor.of(new float[] {0.5f, 1, 2, 1.5f});
        assertEquals(new NLLLoss(weight, -100, Reduction.MEAN).forward(logits.logSoftmax(1), target).item(),
                crossEntropy(weight, Reduction.MEAN, 0).forward(logits, target).item(), 1e-6);
    }

    @Test
    void nllLossPicksTheNegatedLogProbabilityOfTheTarget() {
        Tensor logProbs = Tensor.of(new float[][] {{-0.5f, -1.2f, -2.0f}, {-3.0f, -0.1f, -2.5f}});
        Tensor target = Tensor.of(new float[] {0, 2});
        assertEquals((0.5 + 2.5) / 2, new NLLLoss().forward(logProbs, target).item(), 1e-6);
        assertEquals(0.5 + 2.5, new NLLLoss(Reduction.SUM).forward(logProbs, target).item(), 1e-6);
        // Weighted mean: (w0 * 0.5 + w2 * 2.5) / (w0 + w2) with w = [1, 2, 3].
        assertEquals((1 * 0.5 + 3 * 2.5) / 4, new NLLLoss(CLASS_WEIGHT, -100, Reduction.MEAN).forward(logProbs, target).item(),
                1e-6);
    }

    @ParameterizedTest
    @EnumSource(Reduction.class)
    void gradientsMatchFiniteDifferences(Reduction reduction) {
        Tensor logits = Tensor.of(new double[] {0.3, -1.2, 0.8, 2.0, -0.4, 0.1, 1.1, -0.9, 0.0, 0.5, -2.0, 1.4}, 3, 4)
                .requiresGrad(true);
        Tensor target = Tensor.of(new float[] {3, 0, 1});
        Tensor weight = Tensor.of(new float[] {0.5f, 2, 1, 1.5f});
        GradCheck.check(in -> crossEntropy(null, reduction, 0).forward(in[0], in[1]), logits, target);
        GradCheck.check(in -> crossEntropy(weight, reduction, 0).forward(in[0], in[1]), logits, target);
        GradCheck.check(in -> crossEntropy(weight, reduction, 0.15).forward(in[0], in[1]), logits, target);
        GradCheck.check(in -> new CrossEntropyLoss(weight, 0, reduction, 0.15).forward(in[0], in[1]), logits, target);
        GradCheck.check(in -> new NLLLoss(weight, -100, reduction).forward(in[0], in[1]), logits, target);
        Tensor pixels = Tensor.of(new double[] {0.3, -1.2, 0.8, 2.0, -0.4, 0.1, 1.1, -0.9, 0.0, 0.5, -2.0, 1.4}, 2, 3, 2)
                .requiresGrad(true);
        Tensor pixelTarget = Tensor.of(new float[][] {{2, 0}, {1, 1}});
        GradCheck.check(in -> crossEntropy(Tensor.of(new float[] {1, 2, 0.5f}), reduction, 0.1).forward(in[0], in[1]),
                pixels, pixelTarget);
    }

    @Test
    void badTargetsAreRejectedWithTheLossAndShapes() {
        Tensor logits = Tensor.zeros(4, 3);
        failsWith(() -> new CrossEntropyLoss().forward(logits, Tensor.zeros(4, 1)), "CrossEntropyLoss", "[4, 1]", "[4, 3]",
                "[4]");
        failsWith(() -> new CrossEntropyLoss().forward(logits, Tensor.of(new float[] {0, 1, 0.5f, 2})), "CrossEntropyLoss",
                "0.5", "whole number");
        failsWith(() -> new CrossEntropyLoss().forward(logits, Tensor.of(new float[] {0, 3, 1, 2})), "CrossEntropyLoss",
                "index 3", "[0, 3)");
        failsWith(() -> new NLLLoss().forward(logits, Tensor.of(new float[] {0, -1, 1, 2})), "NLLLoss", "index -1");
        failsWith(() -> new NLLLoss(Tensor.ones(4), -100, Reduction.MEAN).forward(logits, Tensor.zeros(4)), "NLLLoss",
                "weight", "[4]", "3 classes");
        failsWith(() -> new CrossEntropyLoss().forward(Tensor.scalar(1), Tensor.scalar(0)), "CrossEntropyLoss", "classes");
        failsWith(() -> new CrossEntropyLoss(Tensor.ones(3, 1), -100, Reduction.MEAN, 0), "CrossEntropyLoss", "[3, 1]");
        failsWith(() -> new CrossEntropyLoss(null, -100, Reduction.MEAN, 1.5), "CrossEntropyLoss", "labelSmoothing", "1.5");
    }
}
