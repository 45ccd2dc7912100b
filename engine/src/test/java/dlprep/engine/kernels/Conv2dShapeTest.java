package dlprep.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Output sizes by PyTorch's Conv2d formula (torch.nn.Conv2d docs, "Shape"), and the validation messages. */
class Conv2dShapeTest {

    @Test
    void outputSizeFollowsPyTorchFormula() {
        // floor((H + 2p - d(k-1) - 1) / s) + 1
        Conv2dShape lenet = Conv2dShape.of(256, 1, 28, 28, 6, 5, 1, 2);
        assertEquals(28, lenet.outHeight());
        Conv2dShape s = new Conv2dShape(1, 2, 13, 11, 4, 3, 5, 2, 3, 1, 2, 2, 1, 2);
        assertEquals((13 + 2 - 2 * 2 - 1) / 2 + 1, s.outHeight());   // 6
        assertEquals((11 + 4 - 4 - 1) / 3 + 1, s.outWidth());         // 4
        assertEquals(1 * 4 * 6 * 4, s.outputSize());
        assertEquals(4 * 1 * 3 * 5, s.weightSize());
        assertEquals(2 * 13 * 11, s.inputSize());
        assertEquals(1 * 3 * 5, s.patchSize());
    }

    @Test
    void rejectsChannelsNotDivisibleByGroups() {
        assertMessage(() -> new Conv2dShape(1, 6, 5, 5, 4, 3, 3, 1, 1, 0, 0, 1, 1, 4),
                "conv2d", "inChannels (6)", "outChannels (4)", "divisible by groups (4)");
    }

    @Test
    void rejectsKernelLargerThanPaddedInput() {
        assertMessage(() -> new Conv2dShape(1, 1, 4, 9, 1, 3, 3, 1, 1, 0, 0, 2, 1, 1),
                "conv2d", "output height would be empty", "input height 4", "dilated kernel 5");
    }

    @Test
    void rejectsNonPositiveSizesAndNegativePadding() {
        assertMessage(() -> Conv2dShape.of(0, 1, 5, 5, 1, 3, 1, 0), "conv2d", "batch must be at least 1, got 0");
        assertMessage(() -> Conv2dShape.of(1, 1, 5, 5, 1, 3, 0, 0), "conv2d", "strideH must be at least 1, got 0");
        assertMessage(() -> Conv2dShape.of(1, 1, 5, 5, 1, 3, 1, -1), "conv2d", "padH must be at least 0, got -1");
    }

    @Test
    void kernelsRejectArraysOfTheWrongSize() {
        Conv2dShape s = Conv2dShape.of(1, 1, 3, 3, 1, 2, 1, 0);
        assertMessage(() -> Conv2dKernel.forward(s, new float[8], new float[4], null, new float[4]),
                "conv2d", "x has 8 elements", "needs 9");
        assertMessage(() -> Conv2dKernel.backwardWeight(s, new float[9], new float[4], new float[3]),
                "conv2d backward", "dw has 3 elements", "needs 4");
    }

    private static void assertMessage(Executable construct, String... parts) {
        String message = assertThrows(IllegalArgumentException.class, construct).getMessage();
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + message + "' should contain '" + part + "'");
        }
    }
}
