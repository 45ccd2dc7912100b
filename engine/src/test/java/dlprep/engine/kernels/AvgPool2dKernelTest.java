package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.dot;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.numericGradient;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AvgPool2dKernel} against {@link AvgPool2dReference}, PyTorch's divisors, and the reference's gradient. */
class AvgPool2dKernelTest {

    static Stream<Arguments> cases() {
        return MaxPool2dKernelTest.shapes().flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void forwardAndBackwardMatchReference(Pool2dShape s, boolean countIncludePad) {
        Random random = new Random(s.hashCode());
        float[] x = randomFloats(random, s.inputSize());
        float[] y = garbage(s.outputSize());
        AvgPool2dKernel.forward(s, x, y, countIncludePad);
        double[] expectedY = new double[s.outputSize()];
        AvgPool2dReference.forward(s, toDouble(x), expectedY, countIncludePad);
        assertClose("y", expectedY, y, 1e-6);

        float[] dy = randomFloats(random, s.outputSize());
        float[] dx = garbage(s.inputSize());
        AvgPool2dKernel.backward(s, dy, dx, countIncludePad);
        double[] expectedDx = new double[s.inputSize()];
        AvgPool2dReference.backward(s, toDouble(dy), expectedDx, countIncludePad);
        assertClose("dx", expectedDx, dx, 1e-6);
    }

    // Expected values below were printed by PyTorch 1.13's F.avg_pool2d on x = [[1,2,3],[4,5,6],[7,8,10]].
    private static final float[] X = {1, 2, 3, 4, 5, 6, 7, 8, 10};

    @Test
    void countIncludePadDividesByTheWindowClippedToThePaddedInput() {
        // avg_pool2d(x, 2, 2, 1, ceil_mode=True, count_include_pad=True): corner window = 1 / 4.
        assertArrayEquals(new float[] {0.25f, 1.25f, 2.75f, 7.25f}, pool(new Pool2dShape(1, 1, 3, 3, 2, 2, 2, 2, 1, 1, true), true));
    }

    @Test
    void excludingPaddingDividesByTheRealElements() {
        // avg_pool2d(x, 2, 2, 1, ceil_mode=True, count_include_pad=False): corner window = 1 / 1.
        assertArrayEquals(new float[] {1f, 2.5f, 5.5f, 7.25f}, pool(new Pool2dShape(1, 1, 3, 3, 2, 2, 2, 2, 1, 1, true), false));
    }

    @Test
    void ceilModeWindowPastThePaddingIsClippedForTheCount() {
        // avg_pool2d(x, 2, 2, 0, ceil_mode=True, count_include_pad=True): the last window covers one row and
        // one column of real input and nothing else inside the (empty) padding, so 10 / 1, not 10 / 4.
        assertArrayEquals(new float[] {3f, 4.5f, 7.5f, 10f}, pool(new Pool2dShape(1, 1, 3, 3, 2, 2, 2, 2, 0, 0, true), true));
    }

    @Test
    void windowOverhangingThePaddingCountsOnlyUpToThePaddedEdge() {
        // PyTorch 1.13, x = [[1, 3]] (1x2), avg_pool2d(x, 4, 2, 1, ceil_mode=True): the one window spans rows
        // [-1, 3) and columns [-1, 3), clipped to the padded input [-1, 2) x [-1, 3): divisor 3 * 4 = 12 with
        // count_include_pad (4 / 12), 2 real elements without (4 / 2).
        Pool2dShape s = new Pool2dShape(1, 1, 1, 2, 4, 4, 2, 2, 1, 1, true);
        float[] y = new float[1];
        AvgPool2dKernel.forward(s, new float[] {1, 3}, y, true);
        assertArrayEquals(new float[] {4f / 12}, y);
        AvgPool2dKernel.forward(s, new float[] {1, 3}, y, false);
        assertArrayEquals(new float[] {2f}, y);
    }

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        for (boolean countIncludePad : new boolean[] {true, false}) {
            Pool2dShape s = new Pool2dShape(2, 1, 7, 6, 3, 2, 2, 2, 1, 1, true);
            Random random = new Random(5);
            double[] x = random.doubles(s.inputSize(), -1, 1).toArray();
            double[] dy = random.doubles(s.outputSize(), -1, 1).toArray();
            double[] dx = new double[s.inputSize()];
            AvgPool2dReference.backward(s, dy, dx, countIncludePad);
            double[] numeric = numericGradient(x, 1e-3, xp -> {
                double[] y = new double[s.outputSize()];
                AvgPool2dReference.forward(s, xp, y, countIncludePad);
                return dot(dy, y);
            });
            assertArrayEquals(numeric, dx, 1e-9);
        }
    }

    private static float[] pool(Pool2dShape s, boolean countIncludePad) {
        float[] y = new float[s.outputSize()];
        AvgPool2dKernel.forward(s, X, y, countIncludePad);
        return y;
    }
}
