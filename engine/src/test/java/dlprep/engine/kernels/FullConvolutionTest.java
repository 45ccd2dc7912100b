package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.assertClose;
import static dlprep.engine.kernels.KernelChecks.garbage;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FullConvolution} called directly (not through the dispatch of {@link Conv2dKernel}) against
 * {@link Conv2dReference}, on shapes that exercise its flat-plane layout: spans that end inside a block of
 * four vectors, borders wider than the kernel reach, dilation, rectangular padding and channel counts that
 * are not multiples of anything.
 */
class FullConvolutionTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                // batch, inC, H, W, outC, kH, kW, sH, sW, pH, pW, dH, dW, groups
                Arguments.of("LeNet conv2", new Conv2dShape(3, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1)),
                Arguments.of("LeNet conv1", new Conv2dShape(2, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1)),
                Arguments.of("one pixel", new Conv2dShape(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1)),
                Arguments.of("primes, rectangular padding", new Conv2dShape(2, 3, 13, 11, 7, 3, 5, 1, 1, 1, 2, 1, 1, 1)),
                Arguments.of("dilation 2 and 3", new Conv2dShape(2, 2, 11, 17, 5, 3, 3, 1, 1, 2, 0, 2, 3, 1)),
                Arguments.of("padding beyond the kernel reach", new Conv2dShape(1, 2, 2, 3, 3, 3, 3, 1, 1, 3, 2, 1, 1, 1)),
                Arguments.of("1xW input", new Conv2dShape(2, 2, 1, 37, 3, 1, 4, 1, 1, 0, 1, 1, 1, 1)),
                Arguments.of("kernel as large as the input", new Conv2dShape(2, 3, 5, 5, 2, 5, 5, 1, 1, 0, 0, 1, 1, 1)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void inputGradientMatchesReference(String name, Conv2dShape s) {
        Random random = new Random(name.hashCode());
        float[] w = randomFloats(random, s.weightSize());
        float[] dy = randomFloats(random, s.outputSize());
        float[] dx = garbage(s.inputSize());
        FullConvolution.backwardInput(s, dy, w, dx);
        double[] expected = new double[s.inputSize()];
        Conv2dReference.backwardInput(s, toDouble(dy), toDouble(w), expected);
        assertClose("dx", expected, dx, 1e-5);
    }

    @Test
    void appliesOnlyToStrideOneSingleGroupSmallImages() {
        assertTrue(FullConvolution.appliesTo(new Conv2dShape(1, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1), true));
        assertFalse(FullConvolution.appliesTo(new Conv2dShape(1, 6, 14, 14, 16, 5, 5, 2, 1, 0, 0, 1, 1, 1), true));
        assertFalse(FullConvolution.appliesTo(new Conv2dShape(1, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 2), true));
        assertFalse(FullConvolution.appliesTo(new Conv2dShape(1, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1), false));
    }
}
