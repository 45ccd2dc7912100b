package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The convolution and pooling layers: output sizes from PyTorch's formulas, and values on a 4 x 4 ramp
 * worked by hand. (The ops themselves are tested against reference kernels in the autograd and kernels
 * tests; here the layers must pass their settings through.)
 */
class ConvPoolLayersTest {

    /** [1, 1, 4, 4] holding 0..15 row by row. */
    private static Tensor ramp() {
        return Tensor.arange(16).reshape(1, 1, 4, 4);
    }

    @Test
    void conv2dOutputSizeFollowsStridePaddingAndDilation() {
        // floor((9 + 2*1 - 1*(3-1) - 1) / 2) + 1 = 5
        assertArrayEquals(new int[] {2, 8, 5, 5}, new Conv2d(3, 8, 3, 2, 1).forward(Tensor.zeros(2, 3, 9, 9)).shape());
        // height: floor((9 + 0 - 2*(3-1) - 1) / 1) + 1 = 5; width: floor((9 + 2 - 1*(1-1) - 1) / 3) + 1 = 4
        Conv2d rect = new Conv2d(4, 6, new int[] {3, 1}, new int[] {1, 3}, new int[] {0, 1}, new int[] {2, 1}, 2,
                false);
        assertArrayEquals(new int[] {1, 6, 5, 4}, rect.forward(Tensor.zeros(1, 4, 9, 9)).shape());
        assertNull(rect.bias());
    }

    @Test
    void conv2dWithAOnesKernelSumsWindows() {
        Conv2d conv = new Conv2d(1, 1, 2, 2, 0);
        Init.ones(conv.weight());
        Init.constant(conv.bias(), 0.5);
        // windows {0,1,4,5}, {2,3,6,7}, {8,9,12,13}, {10,11,14,15}, plus the bias 0.5
        assertArrayEquals(new float[] {10.5f, 18.5f, 42.5f, 50.5f}, conv.forward(ramp()).toArray());
    }

    @Test
    void convTranspose2dUpsamplesByTheStride() {
        // (5 - 1) * 2 - 2 * 1 + 1 * (3 - 1) + 1 + 1 = 10
        ConvTranspose2d up = new ConvTranspose2d(8, 3, 3, 2, 1, 1, 1, true, 1);
        assertArrayEquals(new int[] {2, 3, 10, 10}, up.forward(Tensor.zeros(2, 8, 5, 5)).shape());
        // A 2x2 ones kernel with stride 2 copies each input value into its own 2x2 block.
        ConvTranspose2d copy = new ConvTranspose2d(1, 1, 2, 2, 0, 0, 1, false, 1);
        Init.ones(copy.weight());
        Tensor y = copy.forward(Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2));
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4}, y.toArray());
    }

    @Test
    void poolingLayersOnARamp() {
        assertArrayEquals(new float[] {5, 7, 13, 15}, new MaxPool2d(2).forward(ramp()).toArray());
        assertArrayEquals(new float[] {2.5f, 4.5f, 10.5f, 12.5f}, new AvgPool2d(2).forward(ramp()).toArray());
        assertArrayEquals(new float[] {7.5f}, new AdaptiveAvgPool2d(1).forward(ramp()).toArray());
        // kernel 3, stride 2, padding 1, ceil mode: ceil((4 + 2 - 3) / 2) + 1 = 3 windows per side, starting at
        // -1, 1 and 3 (the last is partial but starts inside the input, so it is kept). Their largest rows and
        // columns are 1, 3 and 3, and the maximum is 4 * row + column.
        assertArrayEquals(new float[] {5, 7, 7, 13, 15, 15, 13, 15, 15},
                new MaxPool2d(3, 2, 1, true).forward(ramp()).toArray());
        // Average with padding 1 and kernel 3, stride 3: the corner window covers {0, 1, 4, 5} and 5 padded zeros;
        // divided by 9 when padding counts, by 4 when it does not.
        float[] withPad = new AvgPool2d(3, 3, 1, false, true).forward(ramp()).toArray();
        float[] withoutPad = new AvgPool2d(3, 3, 1, false, false).forward(ramp()).toArray();
        assertArrayEquals(new float[] {10f / 9, 10f / 4}, new float[] {withPad[0], withoutPad[0]}, 1e-6f);
        assertArrayEquals(new int[] {1, 1, 3, 2}, new AdaptiveAvgPool2d(3, 2).forward(ramp()).shape());
    }
}
