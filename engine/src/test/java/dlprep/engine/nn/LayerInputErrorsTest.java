package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer given an input it cannot take fails at once, naming itself, what it expects and what it got. */
class LayerInputErrorsTest {

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void wrongChannelCountOrRankNamesTheLayerAndBothShapes() {
        assertMessage("BatchNorm2d: expected input [N, 16, H, W], got [8, 3, 28, 28]",
                () -> new BatchNorm2d(16).forward(Tensor.zeros(8, 3, 28, 28)));
        assertMessage("BatchNorm1d: expected input [N, 4] or [N, 4, L], got [2, 4, 3, 3]",
                () -> new BatchNorm1d(4).forward(Tensor.zeros(2, 4, 3, 3)));
        assertMessage("InstanceNorm2d: expected input [N, 3, H, W], got [3, 8, 8]",
                () -> new InstanceNorm2d(3).forward(Tensor.zeros(3, 8, 8)));
        assertMessage("Linear: expected input [*, 784], got [8, 100]",
                () -> new Linear(784, 256).forward(Tensor.zeros(8, 100)));
        assertMessage("Conv2d: expected input [N, 3, H, W], got [8, 1, 28, 28]",
                () -> new Conv2d(3, 6, 5).forward(Tensor.zeros(8, 1, 28, 28)));
        assertMessage("Conv2d: expected input [N, 1, H, W], got [1, 28, 28]",
                () -> new Conv2d(1, 6, 5).forward(Tensor.zeros(1, 28, 28)));
        assertMessage("ConvTranspose2d: expected input [N, 8, H, W], got [2, 3, 5, 5]",
                () -> new ConvTranspose2d(8, 3, 2).forward(Tensor.zeros(2, 3, 5, 5)));
        assertMessage("MaxPool2d: expected input [N, C, H, W], got [1, 28, 28]",
                () -> new MaxPool2d(2).forward(Tensor.zeros(1, 28, 28)));
        assertMessage("AvgPool2d: expected input [N, C, H, W], got [28, 28]",
                () -> new AvgPool2d(2).forward(Tensor.zeros(28, 28)));
        assertMessage("AdaptiveAvgPool2d: expected input [N, C, H, W], got [4, 7]",
                () -> new AdaptiveAvgPool2d(1).forward(Tensor.zeros(4, 7)));
        assertMessage("LayerNorm: expected input [*, 4, 5], got [2, 5, 4]",
                () -> new LayerNorm(4, 5).forward(Tensor.zeros(2, 5, 4)));
        assertMessage("GroupNorm: expected input [N, 6, *], got [2, 4, 3]",
                () -> new GroupNorm(2, 6).forward(Tensor.zeros(2, 4, 3)));
        assertMessage("PReLU: expected input [N, 3, *], got [2, 4]",
                () -> new PReLU(3, 0.25).forward(Tensor.zeros(2, 4)));
    }

    @Test
    void batchNormNeedsMoreThanOneValuePerChannelInTraining() {
        assertMessage("BatchNorm1d: expected more than 1 value per channel when training, got input [1, 4]",
                () -> new BatchNorm1d(4).forward(Tensor.zeros(1, 4)));
        BatchNorm1d bn = new BatchNorm1d(4);
        bn.eval();
        assertEquals(4, bn.forward(Tensor.zeros(1, 4)).numel(), "evaluation uses running statistics");
    }

    @Test
    void badIndicesAndDimensionsNameTheLayer() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> new Embedding(10, 3).forward(Tensor.of(new float[] {1, 10})));
        assertTrue(e.getMessage().startsWith("Embedding: index 10 at position 1 is out of range [0, 10)"),
                e.getMessage());
        IllegalArgumentException notWhole = assertThrows(IllegalArgumentException.class,
                () -> new Embedding(10, 3).forward(Tensor.of(new float[] {1.5f})));
        assertTrue(notWhole.getMessage().startsWith("Embedding:"), notWhole.getMessage());
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> new Softmax(2).forward(Tensor.zeros(3, 4)));
        assertTrue(dim.getMessage().startsWith("Softmax: dimension 2 is out of range for a tensor of rank 2"),
                dim.getMessage());
    }

    @Test
    void impossibleSettingsAreRejectedByTheConstructor() {
        assertMessage("Conv2d: in_channels (3) and out_channels (8) must both be divisible by groups (2)",
                () -> new Conv2d(3, 8, 3, 1, 0, 1, 2, true));
        assertMessage("ConvTranspose2d: output_padding (2, 2) must be smaller than the stride (2, 2)",
                () -> new ConvTranspose2d(4, 4, 3, 2, 1, 2, 1, true, 1));
        assertMessage("GroupNorm: num_channels (6) must be a positive multiple of num_groups (4)",
                () -> new GroupNorm(4, 6));
        assertMessage("Dropout: probability has to be between 0 and 1, but got 1.5", () -> new Dropout(1.5));
    }
}
