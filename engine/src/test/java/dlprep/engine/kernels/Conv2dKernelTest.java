package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@link Conv2dKernel} (float, im2col + GEMM, pointwise and depthwise paths) against {@link Conv2dReference}. */
class Conv2dKernelTest {

    private static final double TOLERANCE = 1e-5;

    static Stream<Arguments> shapes() {
        return Stream.of(
                // batch, inC, H, W, outC, kH, kW, sH, sW, pH, pW, dH, dW, groups, bias
                shape("smallest possible", 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, false),
                shape("3x3 valid", 3, 3, 7, 7, 4, 3, 3, 1, 1, 0, 0, 1, 1, 1, true),
                shape("3x3 pad 1", 1, 2, 7, 7, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1, false),
                shape("stride 2 pad 1, 13x11", 3, 3, 13, 11, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, true),
                shape("k5 stride 3 pad 2", 3, 2, 13, 11, 3, 5, 5, 3, 3, 2, 2, 1, 1, 1, true),
                shape("k5 pad 2 primes", 1, 3, 13, 11, 2, 5, 5, 1, 1, 2, 2, 1, 1, 1, false),
                shape("dilation 2", 3, 2, 11, 13, 3, 3, 3, 1, 1, 2, 2, 2, 2, 1, true),
                shape("dilation 2 stride 2 no pad", 1, 3, 13, 13, 2, 3, 3, 2, 2, 0, 0, 2, 2, 1, false),
                shape("rectangular kernel, mixed strides", 3, 2, 13, 11, 3, 3, 5, 2, 1, 1, 2, 1, 2, 1, true),
                shape("1xW input, 1x3 kernel", 1, 2, 1, 17, 3, 1, 3, 1, 1, 0, 1, 1, 1, 1, true),
                shape("kernel as large as the input", 3, 2, 5, 5, 2, 5, 5, 1, 1, 0, 0, 1, 1, 1, false),
                shape("padding beyond the kernel reach", 1, 1, 2, 3, 2, 3, 3, 1, 1, 2, 2, 1, 1, 1, true),
                shape("same width, taller output", 3, 2, 4, 6, 3, 3, 3, 1, 1, 3, 1, 1, 1, 1, true),
                shape("groups 2", 3, 4, 7, 7, 6, 3, 3, 1, 1, 1, 1, 1, 1, 2, true),
                shape("groups 2 stride 2 rectangular input", 1, 4, 13, 11, 2, 3, 3, 2, 2, 1, 1, 1, 1, 2, false),
                shape("depthwise", 3, 5, 7, 7, 5, 3, 3, 1, 1, 1, 1, 1, 1, 5, true),
                shape("depthwise stride 2", 1, 3, 13, 11, 3, 3, 3, 2, 2, 1, 1, 1, 1, 3, false),
                shape("depthwise k5 dilation 2 rectangular", 3, 2, 13, 11, 2, 5, 3, 1, 2, 2, 1, 2, 1, 2, true),
                shape("depthwise multiplier 2 (general path)", 3, 3, 7, 7, 6, 3, 3, 1, 1, 1, 1, 1, 1, 3, true),
                shape("pointwise 1x1", 3, 8, 7, 7, 5, 1, 1, 1, 1, 0, 0, 1, 1, 1, true),
                shape("pointwise 1x1 groups 2", 1, 6, 13, 11, 4, 1, 1, 1, 1, 0, 0, 1, 1, 2, false),
                shape("1x1 stride 2 (general path)", 3, 4, 13, 11, 3, 1, 1, 2, 2, 0, 0, 1, 1, 1, true),
                shape("1x1 pad 1 (general path)", 1, 3, 5, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, false),
                shape("direct: 16 output channels, pad 1", 3, 3, 7, 7, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, true),
                shape("direct: LeNet conv2-like, no pad", 3, 6, 9, 9, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1, false),
                shape("direct: 32 channels, strides, dilation", 3, 2, 13, 11, 32, 3, 2, 2, 3, 2, 1, 2, 1, 1, true),
                shape("direct: strided with padding", 3, 8, 9, 9, 16, 3, 3, 2, 2, 1, 1, 1, 1, 1, true),
                shape("direct: padding and dilation, stride 1", 3, 8, 9, 10, 16, 3, 3, 1, 1, 1, 0, 1, 2, 1, true),
                shape("direct: two vectors of channels", 2, 8, 8, 8, 32, 3, 3, 1, 1, 0, 0, 1, 1, 1, false),
                shape("direct weight grad: 6 channels, LeNet conv1-like", 3, 1, 12, 12, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1, true),
                shape("direct: batch 1", 1, 2, 5, 6, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, true),
                shape("many im2col bands", 3, 64, 36, 40, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, true),
                shape("GEMM path with many channels: 40->30, 3x3 pad 1", 3, 40, 7, 7, 30, 3, 3, 1, 1, 1, 1, 1, 1, 1, true),
                shape("GEMM path with many channels: 5x3, dilation (2, 1), pads (3, 0)",
                        2, 33, 9, 8, 40, 5, 3, 1, 1, 3, 0, 2, 1, 1, false),
                shape("GEMM path, same size, dilation 2", 3, 40, 6, 5, 30, 3, 3, 1, 1, 2, 2, 2, 2, 1, true),
                shape("GEMM path, same size, 5x3 kernel", 3, 33, 5, 8, 40, 5, 3, 1, 1, 2, 1, 1, 1, 1, false),
                shape("dead taps: 3x3 pad 1 on 1x1 (ResNet's last stage)", 3, 4, 1, 1, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1, true),
                shape("dead taps: 5x5 pad 2 on 2x2 is a 3x3", 2, 3, 2, 2, 4, 5, 5, 1, 1, 2, 2, 1, 1, 1, false),
                shape("dead taps on one side only: left as they are", 2, 3, 2, 2, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, true),
                shape("dead taps: rows only, dilation 2, groups 2", 2, 4, 1, 3, 4, 3, 3, 1, 1, 2, 2, 2, 2, 2, true));
    }

    private static Arguments shape(String name, int batch, int inC, int h, int w, int outC, int kH, int kW,
                                   int sH, int sW, int pH, int pW, int dH, int dW, int groups, boolean bias) {
        return Arguments.of(name, new Conv2dShape(batch, inC, h, w, outC, kH, kW, sH, sW, pH, pW, dH, dW, groups), bias);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void forwardMatchesReference(String name, Conv2dShape s, boolean withBias) {
        Random random = new Random(name.hashCode());
        float[] x = randomFloats(random, s.inputSize());
        float[] w = randomFloats(random, s.weightSize());
        float[] bias = withBias ? randomFloats(random, s.outChannels()) : null;
        float[] y = garbage(s.outputSize());
        Conv2dKernel.forward(s, x, w, bias, y);
        double[] expected = new double[s.outputSize()];
        Conv2dReference.forward(s, toDouble(x), toDouble(w), withBias ? toDouble(bias) : null, expected);
        assertClose("y", expected, y, TOLERANCE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void backwardMatchesReference(String name, Conv2dShape s, boolean withBias) {
        Random random = new Random(name.hashCode() + 1);
        float[] x = randomFloats(random, s.inputSize());
        float[] w = randomFloats(random, s.weightSize());
        float[] dy = randomFloats(random, s.outputSize());
        float[] dx = garbage(s.inputSize());
        float[] dw = garbage(s.weightSize());
        float[] db = garbage(s.outChannels());
        Conv2dKernel.backwardInput(s, dy, w, dx);
        Conv2dKernel.backwardWeight(s, x, dy, dw);
        Conv2dKernel.backwardBias(s, dy, db);

        double[] expectedDx = new double[s.inputSize()];
        double[] expectedDw = new double[s.weightSize()];
        double[] expectedDb = new double[s.outChannels()];
        Conv2dReference.backwardInput(s, toDouble(dy), toDouble(w), expectedDx);
        Conv2dReference.backwardWeight(s, toDouble(x), toDouble(dy), expectedDw);
        Conv2dReference.backwardBias(s, toDouble(dy), expectedDb);
        assertClose("dx", expectedDx, dx, TOLERANCE);
        assertClose("dw", expectedDw, dw, TOLERANCE);
        assertClose("db", expectedDb, db, TOLERANCE);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        // Chunking and the split between parallel rounds and the caller's tail depend on the thread count.
        Conv2dShape small = new Conv2dShape(5, 3, 9, 7, 4, 3, 3, 1, 1, 1, 0, 1, 1, 1);
        Conv2dShape large = new Conv2dShape(3, 64, 36, 40, 2, 3, 3, 1, 1, 1, 1, 1, 1, 1);
        int saved = Parallel.threads();
        try {
            for (int threads : new int[] {1, 3}) {
                Parallel.setThreads(threads);
                forwardMatchesReference("small, " + threads + " threads", small, true);
                backwardMatchesReference("small, " + threads + " threads", small, true);
                forwardMatchesReference("large, " + threads + " threads", large, false);
                backwardMatchesReference("large, " + threads + " threads", large, false);
            }
        } finally {
            Parallel.setThreads(saved);
        }
    }

    @Test
    void aLargerConvolutionBeforeLeavesNothingBehind() {
        // Scratch buffers grow and are reused from call to call: a smaller convolution after a larger one
        // must not see their old size or contents.
        Conv2dShape larger = Conv2dShape.of(2, 64, 4, 4, 64, 3, 1, 1);
        Conv2dShape smaller = Conv2dShape.of(3, 40, 7, 7, 30, 3, 1, 1);
        backwardMatchesReference("larger first", larger, false);
        backwardMatchesReference("then smaller", smaller, false);
    }

    @Test
    void deadTapsAreTrimmedOnlyWhenBothSidesMatch() {
        // 3x3, padding 1 on a 1x1 map: only the centre tap reads the image, so it is a 1x1 convolution.
        DeadTaps centre = DeadTaps.of(Conv2dShape.of(64, 512, 1, 1, 512, 3, 1, 1));
        assertEquals(Conv2dShape.of(64, 512, 1, 1, 512, 1, 1, 0), centre.shape());
        assertEquals(1, centre.rowFrom());
        assertEquals(1, centre.colFrom());
        // 2x2 map, 3x3, stride 2, padding 1: one output reads taps 1 and 2 of each axis; tap 0 is dead on one
        // side only, and dropping it would need uneven padding.
        assertNull(DeadTaps.of(Conv2dShape.of(1, 1, 2, 2, 1, 3, 2, 1)));
        assertNull(DeadTaps.of(Conv2dShape.of(1, 1, 7, 7, 1, 3, 1, 1)));
    }

    @Test
    void pathsAreChosenAsDocumented() {
        assertTrue(Conv2dKernel.isPointwise(new Conv2dShape(1, 4, 5, 5, 2, 1, 1, 1, 1, 0, 0, 2, 2, 1)));
        assertFalse(Conv2dKernel.isPointwise(new Conv2dShape(1, 4, 5, 5, 2, 1, 1, 2, 2, 0, 0, 1, 1, 1)));
        assertTrue(Conv2dKernel.isDepthwise(new Conv2dShape(1, 4, 5, 5, 4, 3, 3, 1, 1, 1, 1, 1, 1, 4)));
        assertFalse(Conv2dKernel.isDepthwise(new Conv2dShape(1, 4, 5, 5, 8, 3, 3, 1, 1, 1, 1, 1, 1, 4)));
        assertTrue(DirectConv2d.appliesToForward(Conv2dShape.of(256, 6, 14, 14, 16, 5, 1, 0), true));
        assertFalse(DirectConv2d.appliesToForward(Conv2dShape.of(128, 16, 32, 32, 16, 3, 1, 1), true));
        assertTrue(DirectConv2d.appliesToWeightGrad(Conv2dShape.of(128, 16, 32, 32, 16, 3, 1, 1), true));
        assertTrue(DirectConv2d.appliesToWeightGrad(Conv2dShape.of(256, 1, 28, 28, 6, 5, 1, 2), true));
        assertFalse(DirectConv2d.appliesToWeightGrad(new Conv2dShape(8, 4, 8, 8, 4, 3, 3, 1, 1, 1, 1, 1, 1, 2), true));
        assertTrue(Conv2dKernel.isSmallImage(Conv2dShape.of(256, 6, 14, 14, 16, 5, 1, 0)));
        assertFalse(Conv2dKernel.isSmallImage(Conv2dShape.of(32, 64, 56, 56, 64, 3, 1, 1)));
        // LeNet conv2 on two threads: 34 images fit a panel, evened out to 8 chunks of 32.
        int saved = Parallel.threads();
        try {
            Parallel.setThreads(2);
            assertEquals(32, Conv2dKernel.imagesPerChunk(Conv2dShape.of(256, 6, 14, 14, 16, 5, 1, 0)));
            assertEquals(1, Conv2dKernel.imagesPerChunk(Conv2dShape.of(32, 64, 56, 56, 64, 3, 1, 1)));
            // The "many im2col bands" shape: 576 floats per output position, 40 per row, 22 rows per band.
            assertEquals(22, Conv2dKernel.bandRows(Conv2dShape.of(3, 64, 36, 40, 3, 3, 1, 1)));
        } finally {
            Parallel.setThreads(saved);
        }
    }

    @Test
    void forwardOfTwoByTwoOnesKernelSumsEachWindow() {
        // x = [[1,2,3],[4,5,6],[7,8,9]], w = ones(2,2): y[i][j] = x[i][j]+x[i][j+1]+x[i+1][j]+x[i+1][j+1].
        Conv2dShape s = Conv2dShape.of(1, 1, 3, 3, 1, 2, 1, 0);
        float[] y = new float[4];
        Conv2dKernel.forward(s, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new float[] {1, 1, 1, 1}, null, y);
        assertArrayEquals(new float[] {12, 16, 24, 28}, y);
    }
}
