package dlprep.engine.nn.loss;

import dlprep.engine.autograd.GradCheck;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dlprep.engine.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link BCELoss} on probabilities and {@link BCEWithLogitsLoss} on logits: values from the definition
 * {@code -(y log x + (1 - y) log(1 - x))}, PyTorch's clamp of the logs at -100, the limits of very large
 * logits, and gradients against finite differences in float64 (for targets too: soft labels).
 */
class BinaryCrossEntropyTest {

    private static final Tensor PROBS = Tensor.of(new float[] {0.8f, 0.3f});
    private static final Tensor LABELS = Tensor.of(new float[] {1, 0});

    @Test
    void bceIsTheNegativeLogOfTheProbabilityGivenToTheLabel() {
        double l0 = -Math.log(0.8);   // label 1: -log x
        double l1 = -Math.log(0.7);   // label 0: -log(1 - x)
        assertEquals((l0 + l1) / 2, new BCELoss().forward(PROBS, LABELS).item(), 1e-6);
        assertEquals(l0 + l1, new BCELoss(Reduction.SUM).forward(PROBS, LABELS).item(), 1e-6);
        assertArrayEquals(new float[] {(float) l0, (float) l1}, new BCELoss(Reduction.NONE).forward(PROBS, LABELS).toArray(),
                1e-6f);
        // A weight per element rescales it; the mean is the plain mean of the weighted losses.
        Tensor weight = Tensor.of(new float[] {2, 1});
        assertEquals((2 * l0 + l1) / 2, new BCELoss(weight, Reduction.MEAN).forward(PROBS, LABELS).item(), 1e-6);
    }

    @Test
    void bceClampsTheLogAtMinus100SoCertainMistakesStayFinite() {
        // PyTorch clamps log(x) and log(1 - x) to >= -100: a certain wrong answer costs 100, a certain right one 0.
        Tensor x = Tensor.of(new float[] {0, 1, 0, 1}).requiresGrad(true);
        Tensor y = Tensor.of(new float[] {1, 0, 0, 1});
        Tensor loss = new BCELoss(Reduction.NONE).forward(x, y);
        assertArrayEquals(new float[] {100, 100, 0, 0}, loss.toArray(), 0f);
        // PyTorch's gradient (x - y) / max(x (1 - x), 1e-12): large but finite, and 0 where the answer is right.
        loss.sum().backward();
        assertArrayEquals(new float[] {-1e12f, 1e12f, 0, 0}, x.grad().toArray(), 0f);
    }

    @ParameterizedTest
    @EnumSource(Reduction.class)
    void bceGradientsMatchFiniteDifferences(Reduction reduction) {
        Tensor x = Tensor.of(new double[] {0.15, 0.4, 0.55, 0.9, 0.7, 0.25}, 2, 3).requiresGrad(true);
        Tensor softLabels = Tensor.of(new double[] {0, 1, 0.3, 1, 0.8, 0}, 2, 3).requiresGrad(true);
        Tensor weight = Tensor.of(new float[] {0.5f, 2, 1});
        GradCheck.check(in -> new BCELoss(reduction).forward(in[0], in[1]), x, softLabels);
        GradCheck.check(in -> new BCELoss(weight, reduction).forward(in[0], in[1]), x, softLabels);
    }

    @Test
    void withLogitsEqualsBceOfTheSigmoid() {
        Tensor logits = Tensor.of(new float[] {-2, 0.5f, 3});
        Tensor y = Tensor.of(new float[] {0, 1, 0.3f});
        assertArrayEquals(new BCELoss(Reduction.NONE).forward(logits.sigmoid(), y).toArray(),
                new BCEWithLogitsLoss(Reduction.NONE).forward(logits, y).toArray(), 1e-6f);
    }

    @Test
    void withLogitsStaysFiniteAndExactForHugeLogits() {
        // x = +-100: sigmoid is 1 or 0 to float precision, yet the loss has the exact limits
        // l(100, 1) = log(1 + e^-100) ~ 3.7e-44, l(-100, 1) = 100, l(100, 0) = 100, l(-100, 0) ~ 0,
        // and the gradient sigmoid(x) - y is 0, -1, 1, 0.
        Tensor x = Tensor.of(new float[] {100, -100, 100, -100}).requiresGrad(true);
        Tensor y = Tensor.of(new float[] {1, 1, 0, 0});
        Tensor loss = new BCEWithLogitsLoss(Reduction.NONE).forward(x, y);
        assertTrue(loss.isFinite());
        assertArrayEquals(new float[] {0, 100, 100, 0}, loss.toArray(), 1e-6f);
        loss.sum().backward();
        assertArrayEquals(new float[] {0, -1, 1, 0}, x.grad().toArray(), 1e-6f);
    }

    @Test
    void withLogitsGradientAtZeroIsSigmoidMinusLabel() {
        // The max(x, 0) and |x| of the textbook form both have a kink at 0; the true gradient there is 0.5 - y.
        Tensor x = Tensor.of(new float[] {0, 0}).requiresGrad(true);
        new BCEWithLogitsLoss(Reduction.SUM).forward(x, Tensor.of(new float[] {1, 0})).backward();
        assertArrayEquals(new float[] {-0.5f, 0.5f}, x.grad().toArray(), 1e-6f);
    }

    @Test
    void posWeightScalesOnlyThePositiveTerm() {
        // l = -[p y log sigmoid(x) + (1 - y) log(1 - sigmoid(x))]; at x = 0 both logs are -log 2.
        // Class 0 has p = 3: positive 3 log 2, negative log 2. Class 1 has p = 1: log 2 either way.
        Tensor x = Tensor.zeros(2, 2);
        Tensor y = Tensor.of(new float[][] {{1, 1}, {0, 0}});
        Tensor posWeight = Tensor.of(new float[] {3, 1});
        double log2 = Math.log(2);
        assertArrayEquals(new float[] {(float) (3 * log2), (float) log2, (float) log2, (float) log2},
                new BCEWithLogitsLoss(null, Reduction.NONE, posWeight).forward(x, y).toArray(), 1e-6f);
    }

    @ParameterizedTest
    @EnumSource(Reduction.class)
    void withLogitsGradientsMatchFiniteDifferences(Reduction reduction) {
        Tensor x = Tensor.of(new double[] {-2.5, -0.3, 0.4, 1.7, 3.2, -1.1}, 2, 3).requiresGrad(true);
        Tensor softLabels = Tensor.of(new double[] {0, 1, 0.3, 1, 0.8, 0}, 2, 3).requiresGrad(true);
        Tensor weight = Tensor.of(new float[][] {{2}, {0.5f}});
        Tensor posWeight = Tensor.of(new float[] {1.5f, 0.5f, 3});
        GradCheck.check(in -> new BCEWithLogitsLoss(reduction).forward(in[0], in[1]), x, softLabels);
        GradCheck.check(in -> new BCEWithLogitsLoss(weight, reduction, posWeight).forward(in[0], in[1]), x, softLabels);
    }

    @Test
    void badInputIsRejectedWithTheLossAndShapes() {
        failsWith(() -> new BCELoss().forward(Tensor.of(new float[] {0.5f, 1.5f}), LABELS), "BCELoss", "1.5", "[0, 1]");
        failsWith(() -> new BCELoss().forward(Tensor.of(new float[] {Float.NaN, 0}), LABELS), "BCELoss", "NaN");
        failsWith(() -> new BCELoss().forward(PROBS, Tensor.zeros(2, 1)), "BCELoss", "[2, 1]", "[2]");
        failsWith(() -> new BCEWithLogitsLoss().forward(Tensor.zeros(3), Tensor.zeros(1)), "BCEWithLogitsLoss", "[1]", "[3]");
        failsWith(() -> new BCEWithLogitsLoss(null, Reduction.MEAN, Tensor.ones(3)).forward(Tensor.zeros(2, 2),
                Tensor.zeros(2, 2)), "BCEWithLogitsLoss", "[3]", "[2, 2]");
        failsWith(() -> new BCELoss(Tensor.ones(2, 2), Reduction.MEAN).forward(PROBS, LABELS), "BCELoss", "weight",
                "[2, 2]", "[2]");
    }
}
