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
 * {@link ColumnLaneWeightGrad} called directly against {@link Conv2dReference}: rows that are not whole
 * vectors, odd channel and tap counts (the tile's duplicate slots), several input channels, dilation and
 * rectangular padding.
 */
class ColumnLaneWeightGradTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                // batch, inC, H, W, outC, kH, kW, sH, sW, pH, pW, dH, dW, groups
                Arguments.of("LeNet conv1", new Conv2dShape(5, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1)),
                Arguments.of("odd channels and taps", new Conv2dShape(3, 1, 9, 9, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1)),
                Arguments.of("three input channels, wide rows", new Conv2dShape(2, 3, 7, 40, 4, 3, 5, 1, 1, 0, 2, 1, 1, 1)),
                Arguments.of("dilation 2 and 3", new Conv2dShape(2, 2, 11, 17, 3, 3, 3, 1, 1, 2, 0, 2, 3, 1)),
                Arguments.of("one output channel, one pixel", new Conv2dShape(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1)),
                Arguments.of("1xW input", new Conv2dShape(4, 2, 1, 37, 7, 1, 4, 1, 1, 0, 1, 1, 1, 1)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void weightGradientMatchesReference(String name, Conv2dShape s) {
        Random random = new Random(name.hashCode());
        float[] x = randomFloats(random, s.inputSize());
        float[] dy = randomFloats(random, s.outputSize());
        float[] dw = garbage(s.weightSize());
        ColumnLaneWeightGrad.backwardWeight(s, x, dy, dw);
        double[] expected = new double[s.weightSize()];
        Conv2dReference.backwardWeight(s, toDouble(x), toDouble(dy), expected);
        assertClose("dw", expected, dw, 1e-5);
    }

    @Test
    void appliesOnlyToStrideOneSingleGroupLayersWithFewOutputChannels() {
        assertTrue(ColumnLaneWeightGrad.appliesTo(new Conv2dShape(1, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1), true));
        assertFalse(ColumnLaneWeightGrad.appliesTo(new Conv2dShape(1, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1), true));
        assertFalse(ColumnLaneWeightGrad.appliesTo(new Conv2dShape(1, 1, 28, 28, 6, 5, 5, 2, 2, 2, 2, 1, 1, 1), true));
        assertFalse(ColumnLaneWeightGrad.appliesTo(new Conv2dShape(1, 2, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 2), true));
        assertFalse(ColumnLaneWeightGrad.appliesTo(new Conv2dShape(1, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1), false));
    }
}
