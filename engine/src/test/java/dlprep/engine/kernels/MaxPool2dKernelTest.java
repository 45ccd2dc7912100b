package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.dot;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.numericGradient;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link MaxPool2dKernel} against {@link MaxPool2dReference}, hand-checked values, and the reference's gradient. */
class MaxPool2dKernelTest {

    static Stream<Pool2dShape> shapes() {
        return Stream.of(
                Pool2dShape.of(3, 2, 8, 8, 2, 2, 0),
                Pool2dShape.of(1, 3, 7, 7, 3, 2, 0),                           // overlapping windows
                Pool2dShape.of(3, 2, 13, 11, 3, 2, 1),
                Pool2dShape.of(1, 2, 7, 7, 3, 1, 1),
                Pool2dShape.of(1, 1, 1, 1, 1, 1, 0),
                new Pool2dShape(3, 2, 5, 5, 2, 2, 2, 2, 0, 0, true),            // ceil mode keeps a half window
                new Pool2dShape(1, 2, 13, 11, 3, 3, 2, 2, 1, 1, true),
                new Pool2dShape(3, 1, 4, 4, 2, 2, 3, 3, 1, 1, true),            // ceil mode drops a window
                new Pool2dShape(1, 3, 13, 11, 3, 2, 2, 1, 1, 0, false),         // rectangular
                new Pool2dShape(3, 2, 11, 13, 5, 3, 3, 2, 2, 1, true),
                new Pool2dShape(3, 2, 1, 2, 4, 4, 2, 2, 1, 1, true));            // the window overhangs the padding
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void forwardAndBackwardMatchReference(Pool2dShape s) {
        Random random = new Random(s.hashCode());
        float[] x = randomFloats(random, s.inputSize());
        float[] y = garbage(s.outputSize());
        int[] argmax = new int[s.outputSize()];
        MaxPool2dKernel.forward(s, x, y, argmax);
        double[] expectedY = new double[s.outputSize()];
        int[] expectedArgmax = new int[s.outputSize()];
        MaxPool2dReference.forward(s, toDouble(x), expectedY, expectedArgmax);
        assertClose("y", expectedY, y, 0);
        assertArrayEquals(expectedArgmax, argmax);

        float[] dy = randomFloats(random, s.outputSize());
        float[] dx = garbage(s.inputSize());
        MaxPool2dKernel.backward(s, dy, argmax, dx);
        double[] expectedDx = new double[s.inputSize()];
        MaxPool2dReference.backward(s, toDouble(dy), argmax, expectedDx);
        assertClose("dx", expectedDx, dx, 1e-6);
    }

    @Test
    void argmaxIsThePositionInTheInputPlane() {
        // Values and indices printed by PyTorch 1.13:
        // F.max_pool2d(x, 2, 2, 1, ceil_mode=True, return_indices=True) with x = [[1,2,3],[4,5,6],[7,8,10]].
        Pool2dShape s = new Pool2dShape(1, 1, 3, 3, 2, 2, 2, 2, 1, 1, true);
        float[] y = new float[4];
        int[] argmax = new int[4];
        MaxPool2dKernel.forward(s, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 10}, y, argmax);
        assertArrayEquals(new float[] {1, 3, 7, 10}, y);
        assertArrayEquals(new int[] {0, 2, 6, 8}, argmax);
    }

    @Test
    void backwardAddsUpWhereOverlappingWindowsPickTheSameInput() {
        // Row [0, 5, 0], 1x3 windows with stride 1 and padding 1: all three windows pick the 5.
        Pool2dShape s = new Pool2dShape(1, 1, 1, 3, 1, 3, 1, 1, 0, 1, false);
        float[] y = new float[3];
        int[] argmax = new int[3];
        MaxPool2dKernel.forward(s, new float[] {0, 5, 0}, y, argmax);
        float[] dx = new float[3];
        MaxPool2dKernel.backward(s, new float[] {1, 2, 3}, argmax, dx);
        assertArrayEquals(new float[] {0, 6, 0}, dx);
    }

    @Test
    void nanInAWindowWinsAsInPyTorch() {
        Pool2dShape s = Pool2dShape.of(1, 1, 2, 2, 2, 2, 0);
        float[] y = new float[1];
        int[] argmax = new int[1];
        MaxPool2dKernel.forward(s, new float[] {1, Float.NaN, 3, 2}, y, argmax);
        assertTrue(Float.isNaN(y[0]));
        assertEquals(1, argmax[0]);
    }

    @Test
    void tiesGoToTheFirstMaximumInRowMajorOrder() {
        // The 2x2 stride-2 path and the general path (3x3 windows): PyTorch's "v > max" keeps the first of equals.
        int[] argmax = new int[1];
        MaxPool2dKernel.forward(Pool2dShape.of(1, 1, 2, 2, 2, 2, 0), new float[] {1, 7, 7, 7}, new float[1], argmax);
        assertEquals(1, argmax[0]);
        MaxPool2dKernel.forward(Pool2dShape.of(1, 1, 3, 3, 3, 3, 0),
                new float[] {0, 1, 0, 4, 2, 4, 4, 0, 0}, new float[1], argmax);
        assertEquals(3, argmax[0]);
    }

    @Test
    void theFirstNaNWinsInTheGeneralPathToo() {
        float[] y = new float[1];
        int[] argmax = new int[1];
        MaxPool2dKernel.forward(Pool2dShape.of(1, 1, 3, 3, 3, 3, 0),
                new float[] {0, 9, 0, 1, Float.NaN, 2, Float.NaN, 0, 0}, y, argmax);
        assertTrue(Float.isNaN(y[0]));
        assertEquals(4, argmax[0]);
        float[] twoNaNs = {1, 2, Float.NaN, Float.NaN};
        MaxPool2dKernel.forward(Pool2dShape.of(1, 1, 2, 2, 2, 2, 0), twoNaNs, y, argmax);
        assertEquals(2, argmax[0]);
    }

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        // Max pooling is linear near a point without ties, which random data has with probability 1.
        Pool2dShape s = new Pool2dShape(2, 2, 7, 6, 3, 2, 2, 1, 1, 1, true);
        Random random = new Random(11);
        double[] x = random.doubles(s.inputSize(), -1, 1).toArray();
        double[] dy = random.doubles(s.outputSize(), -1, 1).toArray();
        int[] argmax = new int[s.outputSize()];
        MaxPool2dReference.forward(s, x, new double[s.outputSize()], argmax);
        double[] dx = new double[s.inputSize()];
        MaxPool2dReference.backward(s, dy, argmax, dx);
        double[] numeric = numericGradient(x, 1e-6, xp -> {
            double[] y = new double[s.outputSize()];
            MaxPool2dReference.forward(s, xp, y, new int[s.outputSize()]);
            return dot(dy, y);
        });
        assertArrayEquals(numeric, dx, 1e-8);
    }

    @Test
    void rejectsArgmaxOfTheWrongSize() {
        Pool2dShape s = Pool2dShape.of(1, 1, 4, 4, 2, 2, 0);
        String message = assertThrows(IllegalArgumentException.class,
                () -> MaxPool2dKernel.forward(s, new float[16], new float[4], new int[3])).getMessage();
        assertTrue(message.contains("max_pool2d: argmax has 3 elements"), message);
    }
}
