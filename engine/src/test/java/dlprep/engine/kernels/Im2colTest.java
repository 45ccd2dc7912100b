package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.dot;
import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static dlprep.engine.kernels.KernelChecks.toDouble;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The patch matrix layout, and col2im as the adjoint of im2col: {@code <col2im(c), x> = <c, im2col(x)>}. */
class Im2colTest {

    @Test
    void columnsArePatchesWithZerosForPadding() {
        // x = [[1,2],[3,4]], 2x2 kernel, pad 1: 3x3 output positions; row (ki=0,kj=0) reads x[oh-1][ow-1].
        Conv2dShape s = Conv2dShape.of(1, 1, 2, 2, 1, 2, 1, 1);
        float[] col = new float[4 * 9];
        Im2col.im2col(s, new float[] {1, 2, 3, 4}, 0, 0, 3, col, 0, 9);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 2, 0, 3, 4}, java.util.Arrays.copyOfRange(col, 0, 9));
        assertArrayEquals(new float[] {1, 2, 0, 3, 4, 0, 0, 0, 0}, java.util.Arrays.copyOfRange(col, 27, 36));
    }

    static Stream<Conv2dShape> shapes() {
        return Stream.of(
                new Conv2dShape(1, 2, 9, 8, 1, 3, 2, 2, 3, 2, 1, 1, 2, 1),     // strided, dilated
                new Conv2dShape(1, 2, 6, 5, 1, 3, 3, 1, 1, 2, 1, 1, 1, 1),     // contiguous rows, taller output
                new Conv2dShape(1, 1, 4, 7, 1, 3, 5, 1, 1, 3, 4, 2, 2, 1),     // contiguous, dilated, wide padding
                // Bands of more than TABLE_POSITIONS positions take the row-by-row paths, smaller ones the table.
                new Conv2dShape(1, 2, 12, 11, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1),   // contiguous, bands up to 132
                new Conv2dShape(1, 1, 25, 17, 1, 3, 3, 2, 2, 1, 1, 1, 1, 1));  // strided, bands up to 117
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void col2imIsTheAdjointOfIm2colForEveryBand(Conv2dShape s) {
        Random random = new Random(3);
        float[] x = randomFloats(random, s.inputSize());
        int rows = s.outHeight();
        for (int start = 0; start < rows; start++) {
            for (int end = start + 1; end <= rows; end++) {
                // The band sits at column 3 of a matrix 5 columns wider than it, as in a batch of images.
                int stride = (end - start) * s.outWidth() + 5;
                int size = s.patchSize() * stride;
                float[] c = randomFloats(random, size);
                float[] col = new float[size];
                Im2col.im2col(s, x, 0, start, end, col, 3, stride);
                for (int r = 0; r < s.patchSize(); r++) {
                    for (int j = 0; j < stride; j++) {
                        if (j < 3 || j >= stride - 2) {
                            c[r * stride + j] = 0;     // outside the band: neither written nor read
                        }
                    }
                }
                double expected = dot(toDouble(c), toDouble(col));
                float[] back = new float[s.inputSize()];
                Im2col.col2im(s, c, 3, stride, start, end, back, 0);
                assertEquals(expected, dot(toDouble(back), toDouble(x)), 1e-4, "band [" + start + ", " + end + ")");
            }
        }
    }
}
