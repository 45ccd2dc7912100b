package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.dot;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.numericGradient;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AdaptiveAvgPool2dKernel} against {@link AdaptiveAvgPool2dReference}, PyTorch's bins, the reference's gradient. */
class AdaptiveAvgPool2dKernelTest {

    @ParameterizedTest(name = "{0}x{1}x{2}x{3} -> {4}x{5}")
    @CsvSource({
            "1, 2, 7, 7, 3, 3",       // bins overlap: [0,3) [2,5) [4,7)
            "3, 2, 5, 5, 2, 2",
            "1, 3, 13, 11, 4, 5",
            "3, 1, 6, 6, 6, 6",       // identity
            "1, 2, 3, 4, 5, 7",       // more outputs than inputs: bins repeat inputs
            "3, 2, 7, 5, 1, 1"})      // global average pooling
    void forwardAndBackwardMatchReference(int batch, int channels, int h, int w, int outH, int outW) {
        Random random = new Random(h * 31 + outH);
        float[] x = randomFloats(random, batch * channels * h * w);
        float[] y = garbage(batch * channels * outH * outW);
        AdaptiveAvgPool2dKernel.forward(batch, channels, h, w, outH, outW, x, y);
        double[] expectedY = new double[y.length];
        AdaptiveAvgPool2dReference.forward(batch, channels, h, w, outH, outW, toDouble(x), expectedY);
        assertClose("y", expectedY, y, 1e-6);

        float[] dy = randomFloats(random, y.length);
        float[] dx = garbage(x.length);
        AdaptiveAvgPool2dKernel.backward(batch, channels, h, w, outH, outW, dy, dx);
        double[] expectedDx = new double[x.length];
        AdaptiveAvgPool2dReference.backward(batch, channels, h, w, outH, outW, toDouble(dy), expectedDx);
        assertClose("dx", expectedDx, dx, 1e-6);
    }

    @Test
    void binsFollowPyTorch() {
        // PyTorch 1.13: F.adaptive_avg_pool2d(torch.arange(7.).reshape(1,1,1,7), (1,3)) = [1, 3, 5]
        // and F.adaptive_avg_pool2d(torch.arange(5.).reshape(1,1,5,1), (2,1)) = [1, 3].
        float[] y = new float[3];
        AdaptiveAvgPool2dKernel.forward(1, 1, 1, 7, 1, 3, new float[] {0, 1, 2, 3, 4, 5, 6}, y);
        assertArrayEquals(new float[] {1, 3, 5}, y);
        float[] y2 = new float[2];
        AdaptiveAvgPool2dKernel.forward(1, 1, 5, 1, 2, 1, new float[] {0, 1, 2, 3, 4}, y2);
        assertArrayEquals(new float[] {1, 3}, y2);
    }

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        Random random = new Random(9);
        double[] x = random.doubles(2 * 7 * 5, -1, 1).toArray();
        double[] dy = random.doubles(2 * 3 * 2, -1, 1).toArray();
        double[] dx = new double[x.length];
        AdaptiveAvgPool2dReference.backward(1, 2, 7, 5, 3, 2, dy, dx);
        double[] numeric = numericGradient(x, 1e-3, xp -> {
            double[] y = new double[dy.length];
            AdaptiveAvgPool2dReference.forward(1, 2, 7, 5, 3, 2, xp, y);
            return dot(dy, y);
        });
        assertArrayEquals(numeric, dx, 1e-9);
    }

    @Test
    void rejectsEmptyOutputAndWrongSizes() {
        String empty = assertThrows(IllegalArgumentException.class,
                () -> AdaptiveAvgPool2dKernel.forward(1, 1, 4, 4, 0, 2, new float[16], new float[0])).getMessage();
        assertTrue(empty.contains("adaptive_avg_pool2d: outHeight must be at least 1, got 0"), empty);
        String size = assertThrows(IllegalArgumentException.class,
                () -> AdaptiveAvgPool2dKernel.backward(1, 1, 4, 4, 2, 2, new float[3], new float[16])).getMessage();
        assertTrue(size.contains("adaptive_avg_pool2d backward: dy has 3 elements"), size);
    }
}
