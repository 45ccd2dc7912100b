package dlprep.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Pooling output sizes against PyTorch. The formula is PyTorch's {@code pooling_output_shape}
 * (aten/src/ATen/native/Pool.h, documented under torch.nn.MaxPool2d "Shape" and its ceil_mode note:
 * windows that would start in the right padding are ignored); the numbers were printed by PyTorch 1.13's
 * {@code F.max_pool2d(torch.zeros(1, 1, H, H), k, s, p, ceil_mode=...).shape} on this project's machine.
 */
class Pool2dShapeTest {

    @ParameterizedTest(name = "H={0} k={1} s={2} p={3}: floor {4}, ceil {5}")
    @CsvSource({
            "5, 2, 2, 0, 2, 3",     // the classic: a 2x2/2 pool of 5 rows keeps the last row only in ceil mode
            "6, 3, 2, 1, 3, 4",
            "4, 2, 3, 1, 2, 2",     // ceil gives 3, but window 3 would start at row 5 >= H + p: dropped
            "7, 3, 2, 1, 4, 4",
            "10, 3, 3, 1, 4, 4"})
    void outputSizeMatchesPyTorch(int h, int k, int s, int p, int floorOut, int ceilOut) {
        assertEquals(floorOut, new Pool2dShape(1, 1, h, h, k, k, s, s, p, p, false).outHeight());
        assertEquals(ceilOut, new Pool2dShape(1, 1, h, h, k, k, s, s, p, p, true).outWidth());
    }

    @Test
    void rejectsPaddingLargerThanHalfTheKernel() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Pool2dShape.of(1, 1, 8, 8, 3, 1, 2)).getMessage();
        assertTrue(message.contains("pool2d: padding (2, 2) must be at most half the kernel (3, 3)"), message);
    }

    @Test
    void ceilModeKeepsAWindowThatOverhangsThePaddedInput() {
        // PyTorch 1.13: F.max_pool2d(torch.zeros(1, 1, 1, 1), 4, 2, 1, ceil_mode=True).shape[-1] == 1, while
        // ceil_mode=False raises "Output size is too small".
        assertEquals(1, new Pool2dShape(1, 1, 1, 1, 4, 4, 2, 2, 1, 1, true).outHeight());
        String message = assertThrows(IllegalArgumentException.class,
                () -> new Pool2dShape(1, 1, 1, 1, 4, 4, 2, 2, 1, 1, false)).getMessage();
        assertTrue(message.contains("pool2d: output height would be empty: input height 1 with padding 1, kernel 4,"
                + " stride 2 gives 0"), message);
    }

    @Test
    void rejectsKernelLargerThanPaddedInput() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> new Pool2dShape(1, 1, 2, 9, 4, 2, 1, 1, 0, 0, false)).getMessage();
        assertTrue(message.contains("pool2d: output height would be empty: input height 2"), message);
    }

    @Test
    void rejectsNonPositiveSizes() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Pool2dShape.of(1, 0, 8, 8, 2, 2, 0)).getMessage();
        assertTrue(message.contains("pool2d: channels must be at least 1, got 0"), message);
    }
}
